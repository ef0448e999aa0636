import { memo, useEffect, useImperativeHandle, useMemo, useRef, useState, type Ref } from 'react';
import {
  BORDER_COLOUR,
  HOME_COLOUR,
  LAND_COLOUR,
  MAP_HEIGHT,
  MAP_WIDTH,
  SEA_COLOUR,
} from '../../../shared/places/mapGeometry';
import { placeLabels } from '../../../shared/places/mapLabels';
import { labelCandidates } from '../../../shared/places/mapPicture';
import { markersWestToEast, type MapScene } from '../../../shared/places/mapScene';
import {
  clampView,
  fittedView,
  PAN_STEP,
  zoomedView,
  ZOOM_STEP,
  type FrameSize,
  type MapView,
} from '../../../shared/places/mapViewport';

const LABEL_FONT = 12;
/** A press that moves less than this is a click, not a drag. */
const DRAG_THRESHOLD = 4;

export interface MapCanvasHandle {
  zoomBy(factor: number): void;
  reset(): void;
}

interface MapCanvasProps {
  scene: MapScene;
  selected: readonly string[];
  onSelect(id: string): void;
  label: string;
  hintId: string;
  ref?: Ref<MapCanvasHandle>;
}

const Countries = memo(function Countries({ scene }: { scene: MapScene }) {
  return (
    <>
      <path d={scene.sphere} fill={SEA_COLOUR} stroke="#cbd5e1" vectorEffect="non-scaling-stroke" />
      <g fill={LAND_COLOUR} stroke={BORDER_COLOUR} strokeWidth={0.6}>
        {scene.countries.map((d, i) => (
          <path key={i} d={d} vectorEffect="non-scaling-stroke" />
        ))}
      </g>
    </>
  );
});

const Arcs = memo(function Arcs({ scene }: { scene: MapScene }) {
  return (
    <g fill="none" strokeWidth={1.2} strokeOpacity={0.5}>
      {scene.arcs.map((arc) => (
        <path key={arc.id} d={arc.d} stroke={arc.colour} vectorEffect="non-scaling-stroke" />
      ))}
    </g>
  );
});

/** Everything drawn at one zoom; panning moves it whole and draws nothing again. */
const Layers = memo(function Layers({
  scene,
  k,
  selected,
  onSelect,
  onClickSelect,
  onMarkerFocus,
}: {
  scene: MapScene;
  k: number;
  selected: readonly string[];
  onSelect(id: string): void;
  onClickSelect(id: string): void;
  onMarkerFocus(x: number, y: number): void;
}) {
  const labels = useMemo(() => {
    return placeLabels(labelCandidates(scene, k), LABEL_FONT, {
      left: 0,
      top: 0,
      right: MAP_WIDTH * k,
      bottom: MAP_HEIGHT * k,
    });
  }, [scene, k]);
  const chosen = new Set(selected);
  // Tab and screen readers go west to east, as the map is read; the bigger markers are still
  // painted (and hit) underneath, by stacking order rather than document order.
  const stacking = new Map(scene.markers.map((m, i) => [m.id, i + 1]));
  const width = MAP_WIDTH * k;
  const height = MAP_HEIGHT * k;
  return (
    <>
      <svg
        className="world-map-svg"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        aria-hidden="true"
      >
        <g transform={`scale(${k})`}>
          <Countries scene={scene} />
          <Arcs scene={scene} />
        </g>
      </svg>
      <div className="world-map-markers">
        {markersWestToEast(scene.markers).map((m) => {
          // The button is the marker's disc; its rings are drawn past its edge.
          const R = m.r + m.ring / 2;
          const isChosen = chosen.has(m.id);
          return (
            <button
              key={m.id}
              type="button"
              aria-label={m.accessibleName}
              aria-pressed={isChosen}
              title={m.accessibleName}
              className={isChosen ? 'world-map-marker selected' : 'world-map-marker'}
              data-id={m.id}
              style={{
                left: m.x * k - R,
                top: m.y * k - R,
                width: 2 * R,
                height: 2 * R,
                zIndex: stacking.get(m.id),
              }}
              onClick={() => onClickSelect(m.id)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault();
                  onSelect(m.id);
                }
              }}
              onFocus={() => onMarkerFocus(m.x * k, m.y * k)}
            >
              <svg
                width={2 * R}
                height={2 * R}
                viewBox={`${-R} ${-R} ${2 * R} ${2 * R}`}
                overflow="visible"
                aria-hidden="true"
              >
                <circle
                  r={m.r}
                  fill={m.fill}
                  fillOpacity={0.85}
                  stroke={m.stroke}
                  strokeWidth={m.ring}
                />
                {isChosen && (
                  <circle
                    className="world-map-selection"
                    r={m.r + 4}
                    fill="none"
                    stroke="#111827"
                    strokeWidth={2.5}
                  />
                )}
              </svg>
            </button>
          );
        })}
      </div>
      <svg
        className="world-map-overlay"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
      >
        {scene.home && (
          <g role="img" aria-label={scene.home.accessibleName} className="world-map-home">
            <circle
              cx={scene.home.x * k}
              cy={scene.home.y * k}
              r={6}
              fill={HOME_COLOUR}
              stroke="#ffffff"
              strokeWidth={2}
            />
          </g>
        )}
        <g
          className="world-map-labels"
          aria-hidden="true"
          fontSize={LABEL_FONT}
          fill="#111827"
          stroke="#ffffff"
          strokeWidth={3}
          paintOrder="stroke"
          strokeLinejoin="round"
        >
          {labels.map((label) => (
            <text
              key={label.id}
              x={label.x}
              y={label.y}
              textAnchor={label.anchor}
              fontWeight={label.id === 'home' ? 700 : 400}
            >
              {label.text}
            </text>
          ))}
        </g>
      </svg>
    </>
  );
});

/**
 * The map itself: drag or arrow keys to pan, wheel or +/− to zoom. Panning only moves one
 * composited layer, so it keeps up with the pointer however many cities there are.
 */
export function MapCanvas({ scene, selected, onSelect, label, hintId, ref }: MapCanvasProps) {
  const frameRef = useRef<HTMLDivElement>(null);
  const [frame, setFrame] = useState<FrameSize | null>(null);
  const [view, setView] = useState<MapView | null>(null);
  const frameNow = useRef<FrameSize | null>(null);
  const drag = useRef<{ id: number; x: number; y: number; moved: boolean } | null>(null);
  const suppressClick = useRef(false);
  const fitted = useRef(true);

  useEffect(() => {
    const element = frameRef.current!;
    const measure = () => {
      const size = { width: element.clientWidth, height: element.clientHeight };
      if (size.width === 0 || size.height === 0) return;
      frameNow.current = size;
      setFrame(size);
      // A map left as fitted stays fitted when the frame changes (the filters panel opens).
      setView((current) =>
        current && !fitted.current ? clampView(current, size) : fittedView(size),
      );
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const element = frameRef.current!;
    // React's wheel listener is passive; this one must stop the page from scrolling instead.
    const onWheel = (event: WheelEvent) => {
      const size = frameNow.current;
      if (!size) return;
      event.preventDefault();
      fitted.current = false;
      const box = element.getBoundingClientRect();
      const factor = Math.exp(-event.deltaY * 0.0015);
      setView(
        (v) =>
          v &&
          zoomedView(v, factor, { x: event.clientX - box.left, y: event.clientY - box.top }, size),
      );
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, []);

  const zoomBy = (factor: number) => {
    if (!frame) return;
    fitted.current = false;
    setView((v) => v && zoomedView(v, factor, { x: frame.width / 2, y: frame.height / 2 }, frame));
  };
  const panBy = (dx: number, dy: number) => {
    if (!frame) return;
    fitted.current = false;
    setView((v) => v && clampView({ ...v, x: v.x + dx, y: v.y + dy }, frame));
  };
  useImperativeHandle(ref, () => ({
    zoomBy,
    reset: () => {
      if (!frame) return;
      fitted.current = true;
      setView(fittedView(frame));
    },
  }));

  // A marker reached by Tab is brought into view.
  const onMarkerFocus = useMemo(
    () => (x: number, y: number) =>
      setView((v) => {
        const size = frameNow.current;
        if (!v || !size) return v;
        const sx = x + v.x;
        const sy = y + v.y;
        const margin = 24;
        if (sx >= margin && sy >= margin && sx <= size.width - margin && sy <= size.height - margin)
          return v;
        fitted.current = false;
        return clampView({ ...v, x: size.width / 2 - x, y: size.height / 2 - y }, size);
      }),
    [],
  );
  const select = useMemo(
    () => (id: string) => {
      if (suppressClick.current) return;
      onSelect(id);
    },
    [onSelect],
  );

  return (
    <div
      ref={frameRef}
      className="world-map-frame"
      role="group"
      aria-label={label}
      aria-describedby={hintId}
      tabIndex={0}
      onKeyDown={(event) => {
        const moves: Record<string, [number, number]> = {
          ArrowLeft: [PAN_STEP, 0],
          ArrowRight: [-PAN_STEP, 0],
          ArrowUp: [0, PAN_STEP],
          ArrowDown: [0, -PAN_STEP],
        };
        const move = moves[event.key];
        if (move) {
          event.preventDefault();
          panBy(move[0], move[1]);
        } else if (event.key === '+' || event.key === '=') {
          event.preventDefault();
          zoomBy(ZOOM_STEP);
        } else if (event.key === '-' || event.key === '_') {
          event.preventDefault();
          zoomBy(1 / ZOOM_STEP);
        }
      }}
      onPointerDown={(event) => {
        if (event.button !== 0) return;
        drag.current = { id: event.pointerId, x: event.clientX, y: event.clientY, moved: false };
        suppressClick.current = false;
      }}
      onPointerMove={(event) => {
        const d = drag.current;
        if (!d || d.id !== event.pointerId) return;
        const dx = event.clientX - d.x;
        const dy = event.clientY - d.y;
        if (!d.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
        if (!d.moved) {
          d.moved = true;
          event.currentTarget.setPointerCapture(event.pointerId);
          event.currentTarget.classList.add('panning');
        }
        d.x = event.clientX;
        d.y = event.clientY;
        panBy(dx, dy);
      }}
      onPointerUp={(event) => {
        const d = drag.current;
        if (d?.moved) suppressClick.current = true;
        drag.current = null;
        event.currentTarget.classList.remove('panning');
      }}
      onPointerCancel={(event) => {
        drag.current = null;
        event.currentTarget.classList.remove('panning');
      }}
    >
      {view && (
        <div
          className="world-map-pan"
          style={{ transform: `translate3d(${view.x}px, ${view.y}px, 0)` }}
        >
          <Layers
            scene={scene}
            k={view.k}
            selected={selected}
            onSelect={onSelect}
            onClickSelect={select}
            onMarkerFocus={onMarkerFocus}
          />
        </div>
      )}
    </div>
  );
}
