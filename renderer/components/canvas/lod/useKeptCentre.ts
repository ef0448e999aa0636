import { useStoreApi } from '@xyflow/react';
import { useEffect, useState } from 'react';
import { keptCentre } from '../../../../shared/layout/levelOfDetail';
import type { Position } from '../../../../shared/model/graph';
import type { FlowEdge, FlowNode } from '../../../store/flow';

/** The view must have rested this long before the cards kept for the keyboard follow it. */
export const KEPT_REST_MS = 200;

const samePoint = (a: Position, b: Position) => a.x === b.x && a.y === b.y;

/**
 * The middle of the view the cards kept under the canvas layer gather round (see keptCentre),
 * taken when the canvas starts drawing and again once a pan or zoom has rested: swapping those
 * cards renders and lays out dozens of them, which a frame of the gesture has no time for,
 * and they are hidden until the keyboard reaches them.
 */
export function useKeptCentre(active: boolean): Position {
  const flowStore = useStoreApi<FlowNode, FlowEdge>();
  const read = () => {
    const { transform, width, height } = flowStore.getState();
    return keptCentre(transform, width, height);
  };
  const [kept, setKept] = useState(() => ({ active, centre: read() }));
  // Taken at once when the canvas starts drawing, so the first cards are the right ones.
  if (active && !kept.active) setKept({ active, centre: read() });
  else if (!active && kept.active) setKept({ active, centre: kept.centre });

  useEffect(() => {
    if (!active) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const rested = () => {
      const { transform, width, height } = flowStore.getState();
      const centre = keptCentre(transform, width, height);
      setKept((now) => (samePoint(now.centre, centre) ? now : { active: true, centre }));
    };
    const stop = flowStore.subscribe((state, before) => {
      if (
        state.transform === before.transform &&
        state.width === before.width &&
        state.height === before.height
      )
        return;
      clearTimeout(timer);
      timer = setTimeout(rested, KEPT_REST_MS);
    });
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, [active, flowStore]);
  return kept.centre;
}
