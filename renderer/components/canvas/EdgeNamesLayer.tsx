import { EdgeLabelRenderer } from '@xyflow/react';
import { createContext, useContext } from 'react';

/**
 * Where the edges draw their names at reading zoom: one SVG group in React Flow's label layer,
 * between the edges and the cards. React Flow draws each edge in an SVG of its own, so a name
 * drawn with its edge would be crossed by the lines of every edge drawn after it.
 */
export const EdgeNamesContext = createContext<SVGGElement | null>(null);

export const useEdgeNamesLayer = () => useContext(EdgeNamesContext);

/** The layer itself; `onLayer` receives its group once it is in the page. */
export function EdgeNamesLayer({ onLayer }: { onLayer: (group: SVGGElement | null) => void }) {
  return (
    <EdgeLabelRenderer>
      {/* Inert: Chromium would otherwise stop at the empty group on a Tab into the canvas. */}
      <div className="edge-names" inert>
        <svg aria-hidden="true">
          <g ref={onLayer} />
        </svg>
      </div>
    </EdgeLabelRenderer>
  );
}
