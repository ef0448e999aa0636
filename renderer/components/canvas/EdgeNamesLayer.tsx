import { EdgeLabelRenderer } from '@xyflow/react';
import { createContext, useContext } from 'react';

/**
 * Where the edges draw their names at reading zoom: one SVG group in React Flow's label layer,
 * between the edges and the cards. React Flow draws each edge in an SVG of its own, so a name
 * drawn with its edge would be crossed by the lines of every edge drawn after it.
 */
export const EdgeNamesContext = createContext<SVGGElement | null>(null);

export const useEdgeNamesLayer = () => useContext(EdgeNamesContext);

/**
 * The group the names are drawn into, made before the canvas first renders: the edges draw into
 * it from their first render, rather than all again once the layer is in the page.
 */
export function createEdgeNamesGroup(): SVGGElement {
  return document.createElementNS('http://www.w3.org/2000/svg', 'g');
}

/** The layer itself, which puts `group` in the page. */
export function EdgeNamesLayer({ group }: { group: SVGGElement }) {
  return (
    <EdgeLabelRenderer>
      {/* Inert: Chromium would otherwise stop at the empty group on a Tab into the canvas. */}
      <div className="edge-names" inert>
        <svg
          aria-hidden="true"
          ref={(svg) => {
            svg?.appendChild(group);
            return () => group.remove();
          }}
        />
      </div>
    </EdgeLabelRenderer>
  );
}
