import { displayName } from '../../../shared/model/nodes';
import { viewName, type SavedView } from '../../../shared/map/savedViews';
import { slidesOf } from '../../../shared/workshop/present';
import type { Translate } from '../../../shared/i18n/translate';
import type { Language } from '../../../shared/model/graph';
import { useT } from '../../i18n';
import { indexById, toStrategyNode } from '../../store/flow';
import { selectLanguage, selectNodes } from '../../store/selectors';
import { useApp } from '../../store/StoreContext';
import type { FlowNode } from '../../store/flow';
import { selectPresentation, selectSavedViews } from './workshopSelectors';

/** What a slide shows, said in words: its focus and how many filters narrow it. */
function slideSummary(
  view: SavedView | null,
  nodes: FlowNode[],
  language: Language,
  t: Translate,
): string {
  if (!view) return t('wholeMap');
  const parts: string[] = [];
  const focused = view.focus && indexById(nodes).get(view.focus.nodeId);
  if (view.focus && focused)
    parts.push(
      t('slideFocus', {
        name: displayName(toStrategyNode(focused), language),
        steps: t('focusSteps', { count: view.focus.depth }),
      }),
    );
  const filters = Object.values(view.filters.hide).filter((values) => values.length > 0).length;
  if (filters > 0) parts.push(t('slideFilters', { count: filters }));
  return parts.length > 0 ? t('slideShows', { what: parts.join(', ') }) : t('wholeMap');
}

/** The presenter's side of a split presentation: what this slide shows, and what comes next. */
export function PresenterNotes() {
  const t = useT();
  const presentation = useApp(selectPresentation);
  const views = useApp(selectSavedViews);
  const nodes = useApp(selectNodes);
  const language = useApp(selectLanguage);
  if (presentation?.screen !== 'presenter') return null;
  const slides = slidesOf(views);
  const current = slides[presentation.slide] ?? null;
  const next = slides[presentation.slide + 1];
  return (
    <aside className="presenter-notes" aria-label={t('presenterNotes')}>
      <h3>{t('presenterNotes')}</h3>
      <p>{slideSummary(current, nodes, language, t)}</p>
      <div className="presenter-notes-text" aria-label={t('viewNotes')} role="note">
        {current?.notes ? (
          current.notes.split('\n').map((line, i) => <p key={i}>{line}</p>)
        ) : (
          <p className="muted">{t('noViewNotes')}</p>
        )}
      </div>
      <p className="presenter-next">
        {next === undefined
          ? t('lastSlide')
          : t('nextSlideIs', { name: next ? viewName(next, language) : t('wholeMap') })}
      </p>
    </aside>
  );
}
