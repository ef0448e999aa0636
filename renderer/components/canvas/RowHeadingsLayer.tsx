import { ViewportPortal } from '@xyflow/react';
import { memo, useMemo, useState } from 'react';
import { ROW_HEADING_WIDTH, type RowHeading } from '../../../shared/map/rowHeadings';
import { useT } from '../../i18n';
import type { FlowNode } from '../../store/flow';
import { rowHeadingsOf } from './canvasView';

/**
 * The name of each region or stage beside its rows, on a map that shows partner cities by
 * region or projects by stage (see rowHeadings): without them a room shown the slide cannot
 * tell where Europe starts.
 */
export const RowHeadingsLayer = memo(function RowHeadingsLayer({
  nodes,
}: {
  nodes: readonly FlowNode[];
}) {
  const t = useT();
  // While cards are dragged the rows stay where they are: they are read again once the drag
  // ends, not on each of its frames (on a map of thousands of cities, a millisecond or two each).
  const dragging = nodes.some((node) => node.dragging);
  const read = useMemo(() => (dragging ? null : rowHeadingsOf(nodes)), [nodes, dragging]);
  const [kept, setKept] = useState<readonly RowHeading[]>([]);
  if (read && read !== kept) setKept(read);
  const headings = read ?? kept;
  if (headings.length === 0) return null;
  return (
    <ViewportPortal>
      {headings.map((heading) => (
        <div
          key={heading.label}
          className="row-heading"
          style={{
            width: ROW_HEADING_WIDTH,
            transform: `translate(${heading.right - ROW_HEADING_WIDTH}px, ${heading.top}px)`,
          }}
        >
          {t(heading.label)}
        </div>
      ))}
    </ViewportPortal>
  );
});
