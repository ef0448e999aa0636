import { NODE_HEIGHT } from '../layout/layoutByKind';
import type { Position } from '../model/graph';
import type { NodeKind, Region, Stage } from '../model/vocabulary';

/** What a map of one kind of node is grouped by, row by row, where the kind has such a field. */
const ROW_GROUP_FIELD: Partial<Record<NodeKind, 'region' | 'stage'>> = {
  partnerCity: 'region',
  project: 'stage',
};

/** Room left of the cards for a heading, in map units; a fitted view keeps it in sight. */
export const ROW_HEADING_WIDTH = 220;
const HEADING_GAP = 24;

/** A heading for a block of rows: its text, and where its right edge and top are on the map. */
export interface RowHeading {
  label: `option.${Region | Stage}`;
  right: number;
  top: number;
}

interface PlacedNode {
  kind: NodeKind;
  data: object;
  position: Position;
}

/**
 * Headings for a map that shows one kind of node in rows grouped by region (partner cities) or
 * stage (projects), as the saved views "Partner cities by region" and "Export pipeline by stage"
 * lay them out: each block of rows that share a value gets its name, left of its first row.
 * Nothing for a map of several kinds, a row that mixes values, a value that comes back in a
 * later block (rows not grouped at all) or a single block (nothing to tell apart).
 */
export function rowHeadings(nodes: readonly PlacedNode[]): RowHeading[] {
  const kind = nodes[0]?.kind;
  const field = kind && ROW_GROUP_FIELD[kind];
  if (!field || nodes.some((node) => node.kind !== kind)) return [];
  const valueOf = (node: PlacedNode) => String((node.data as Record<string, unknown>)[field] ?? '');

  const rows: { top: number; value: string }[] = [];
  for (const node of [...nodes].sort((a, b) => a.position.y - b.position.y)) {
    const row = rows.at(-1);
    const value = valueOf(node);
    if (row && node.position.y - row.top < NODE_HEIGHT / 2) {
      if (row.value !== value) return [];
    } else rows.push({ top: node.position.y, value });
  }

  const left = Math.min(...nodes.map((node) => node.position.x));
  const headings: RowHeading[] = [];
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    if (i > 0 && rows[i - 1]!.value === row.value) return;
    seen.add(row.value);
    headings.push({
      label: `option.${row.value as Region | Stage}`,
      right: left - HEADING_GAP,
      top: row.top,
    });
  });
  if (headings.length < 2 || seen.size !== headings.length) return [];
  return headings;
}
