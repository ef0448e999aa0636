import { FACET_VALUES, SHOW_EVERYTHING, type MapFilter } from '../map/filters';
import type { SavedView } from '../map/savedViews';
import type { NodeKind } from '../model/vocabulary';

/** A filter showing nodes of the given kinds only. */
function onlyKinds(...kinds: NodeKind[]): MapFilter {
  const hidden = FACET_VALUES.kind.filter((kind) => !kinds.includes(kind as NodeKind));
  return { hide: { ...SHOW_EVERYTHING.hide, kind: hidden } };
}

/**
 * The sample's saved views: its goal tree; partner cities and export projects each on their
 * own; and one partner city with all it is tied to. None keeps a place on the canvas: each is
 * shown where its cards lie at the time (the goal tree read at full size from the vision down,
 * see openingPlace), so a layout applied since never leaves a view looking at empty canvas.
 */
export function sampleViews(focusCityId: string | undefined): SavedView[] {
  const views: SavedView[] = [
    {
      id: 'view-goal-tree',
      name: 'Goal tree',
      nameKo: '목표 체계',
      viewport: null,
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
