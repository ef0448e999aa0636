import type { NodeKind, Region, Stage } from '../model/vocabulary';
import { groupedBlocks, rowsOf, type RowCard } from './rowBlocks';

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

interface PlacedNode extends RowCard {
  kind: NodeKind;
  data: object;
}

/**
 * Headings for a map that shows one kind of node in rows grouped by region (partner cities) or
 * stage (projects), as the saved views "Partner cities by region" and "Export pipeline by stage"
 * lay them out: each block of rows that share a value gets its name, left of its first row.
 * A few cards out of their group's rows (a city added under the one then selected, in another
 * region's block) are passed over rather than taking every heading away. Nothing for a map of
 * several kinds, rows not grouped at all (rows that mix values, values that come back in later
 * blocks, past those few; see groupedBlocks) or a single block (nothing to tell apart).
 */
export function rowHeadings(nodes: readonly PlacedNode[]): RowHeading[] {
  const kind = nodes[0]?.kind;
  const field = kind && ROW_GROUP_FIELD[kind];
  if (!field || nodes.some((node) => node.kind !== kind)) return [];
  const valueOf = (node: PlacedNode) => String((node.data as Record<string, unknown>)[field] ?? '');

  const blocks = groupedBlocks(rowsOf(nodes), valueOf);
  if (!blocks || blocks.length < 2) return [];

  const left = Math.min(...blocks.map((block) => block.left));
  return blocks.map((block) => ({
    label: `option.${block.value as Region | Stage}`,
    right: left - HEADING_GAP,
    top: block.top,
  }));
}
