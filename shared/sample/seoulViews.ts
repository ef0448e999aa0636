import { boundsOf } from '../layout/overview';
import { FACET_VALUES, SHOW_EVERYTHING, type MapFilter } from '../map/filters';
import type { SavedView } from '../map/savedViews';
import type { StrategyNode } from '../model/graph';
import type { NodeKind } from '../model/vocabulary';

/** A filter showing nodes of the given kinds only. */
function onlyKinds(...kinds: NodeKind[]): MapFilter {
  const hidden = FACET_VALUES.kind.filter((kind) => !kinds.includes(kind as NodeKind));
  return { hide: { ...SHOW_EVERYTHING.hide, kind: hidden } };
}

/**
 * The sample's saved views: its goal tree, read at full size from the vision down; partner
 * cities and export projects each on their own; and one partner city with all it is tied to.
 */
export function sampleViews(
  nodes: readonly StrategyNode[],
  focusCityId: string | undefined,
): SavedView[] {
  const top = nodes.filter(
    (n) => n.kind === 'goal' && (n.data.level === 'vision' || n.data.level === 'direction'),
  );
  const bounds = boundsOf(top.map((n) => n.position));
  const views: SavedView[] = [
    {
      id: 'view-goal-tree',
      name: 'Goal tree',
      nameKo: '목표 체계',
      // Centred across the vision and directions, with the vision near the top of the canvas.
      viewport: bounds && { x: (bounds.left + bounds.right) / 2, y: bounds.top + 300, zoom: 1 },
      focus: null,
      filters: onlyKinds('goal'),
    },
    {
      id: 'view-partner-cities',
      name: 'Partner cities by region',
      nameKo: '지역별 교류도시',
      viewport: null,
      focus: null,
      filters: onlyKinds('partnerCity'),
    },
    {
      id: 'view-export-pipeline',
      name: 'Export pipeline by stage',
      nameKo: '단계별 정책수출 사업',
      viewport: null,
      focus: null,
      filters: onlyKinds('project'),
    },
  ];
  if (focusCityId)
    views.push({
      id: 'view-ulaanbaatar',
      name: 'Ulaanbaatar',
      nameKo: '울란바토르',
      viewport: null,
      focus: { nodeId: focusCityId, depth: 1 },
      filters: SHOW_EVERYTHING,
    });
  return views;
}
