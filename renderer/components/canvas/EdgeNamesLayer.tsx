import { EdgeLabelRenderer } from '@xyflow/react';
import { createContext, useContext } from 'react';

/**
 * Where the edges draw their names and bundle counts: one SVG group in React Flow's label layer,
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
            if (!svg) return;
            svg.appendChild(group);
            const stopShowing = showNamesOfPointedEdges(svg.closest('.react-flow') ?? svg, group);
            return () => {
              stopShowing();
              group.remove();
            };
          }}
        />
      </div>
    </EdgeLabelRenderer>
  );
}

const edgeAround = (target: EventTarget | null): Element | null =>
  target instanceof Element ? target.closest('.react-flow__edge') : null;

/**
 * Marks the name of the edge under the pointer (`data-pointed`) and of the one with the keyboard
 * (`data-focused`), which the styles then show: the names are drawn apart from their edges, so
 * an edge's :hover cannot reach its name. Marked in the page, not rendered: pointing at an edge
 * renders nothing.
 */
function showNamesOfPointedEdges(flow: Element, group: SVGGElement): () => void {
  const mark = (edge: Element, attribute: string, on: boolean) => {
    const id = edge.getAttribute('data-id');
    const name = id && group.querySelector(`[data-edge-id="${CSS.escape(id)}"]`);
    if (!name) return;
    if (on) name.setAttribute(attribute, '');
    else name.removeAttribute(attribute);
  };
  const leaving = (event: Event, related: EventTarget | null) => {
    const edge = edgeAround(event.target);
    return edge && edgeAround(related) !== edge ? edge : null;
  };
  const onOver = (event: MouseEvent) => {
    const edge = edgeAround(event.target);
    if (edge) mark(edge, 'data-pointed', true);
  };
  const onOut = (event: MouseEvent) => {
    const edge = leaving(event, event.relatedTarget);
    if (edge) mark(edge, 'data-pointed', false);
  };
  const onFocusIn = (event: FocusEvent) => {
    const edge = edgeAround(event.target);
    if (edge) mark(edge, 'data-focused', edge.matches(':focus-visible'));
  };
  const onFocusOut = (event: FocusEvent) => {
    const edge = leaving(event, event.relatedTarget);
    if (edge) mark(edge, 'data-focused', false);
  };
  const listeners = [
    ['mouseover', onOver],
    ['mouseout', onOut],
    ['focusin', onFocusIn],
    ['focusout', onFocusOut],
  ] as const;
  for (const [type, listener] of listeners) flow.addEventListener(type, listener as EventListener);
  return () => {
    for (const [type, listener] of listeners)
      flow.removeEventListener(type, listener as EventListener);
  };
}
