import { memo } from 'react';
import { LiveCanvasLayer } from '../../live/LiveCanvasLayer';
import { CanvasContextMenu } from './CanvasContextMenu';
import { IdeaComposer } from './IdeaComposer';
import { Presentation } from './Presentation';
import { TimerOverlay } from './TimerOverlay';
import { VotePanel } from './VotePanel';
import './workshop.css';

/**
 * What a workshop adds over the canvas: the idea box, the presentation's controls, the timer
 * and a running vote. Memoized with no props: the canvas re-renders on every drag frame.
 */
export const WorkshopLayer = memo(function WorkshopLayer() {
  return (
    <div className="workshop-layer">
      <IdeaComposer />
      <Presentation />
      <TimerOverlay />
      <VotePanel />
      <CanvasContextMenu />
      <LiveCanvasLayer />
    </div>
  );
});
