import type { Language, Strategy } from '../../shared/model/graph';
import type { Translate } from '../../shared/i18n/translate';
import { shownName, strategyNames } from '../../shared/model/names';
import { nodeShownName } from '../../shared/model/nodes';
import { NameText } from '../components/NameText';
import {
  classificationIn,
  departmentIn,
  detailsOf,
  planPeriodText,
} from '../../shared/model/strategyDetails';
import { goalOutline, type GoalOutlineItem } from '../../shared/report/reportData';
import { JoinedText } from './JoinedText';

/** A label and its value on the cover; nothing where the value is empty. */
function CoverRow({ label, value }: { label: string; value: string }) {
  if (value.trim() === '') return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  );
}

/**
 * The plan's cover in the document's language: its title in that language (the other one only
 * where it has none), then who made it, for what period, which version of when, and how it is
 * to be handled.
 */
export function CoverSection({
  strategy,
  language,
  t,
  date,
}: {
  strategy: Strategy;
  language: Language;
  t: Translate;
  /** The day it is printed, for a plan that carries no date of its own. */
  date: string;
}) {
  const details = detailsOf(strategy);
  const home = strategy.home;
  const homeName = home ? shownName({ en: home.name, ko: home.nameKo }, language).text : '';
  const classification = classificationIn(details, language);
  return (
    <section className="print-cover" id="cover">
      {classification && <p className="cover-classification">{classification}</p>}
      <p className="cover-app">{t('appName')}</p>
      <h1>
        <NameText name={shownName(strategyNames(strategy), language)} thing="strategy" t={t} />
      </h1>
      {planPeriodText(details) && <p className="cover-period">{planPeriodText(details)}</p>}
      <dl>
        <CoverRow label={t('reportOrganization')} value={strategy.organization} />
        <CoverRow label={t('reportDepartment')} value={departmentIn(details, language)} />
        <CoverRow label={t('reportHomeCity')} value={homeName} />
        <CoverRow label={t('reportAuthor')} value={strategy.author} />
        <CoverRow label={t('reportPlanPeriod')} value={planPeriodText(details)} />
        <CoverRow label={t('reportVersion')} value={details.documentVersion} />
        <CoverRow label={t('reportDate')} value={details.documentDate || date} />
        <CoverRow label={t('reportClassification')} value={classification} />
      </dl>
    </section>
  );
}

/** A line of the contents: a chapter, or a direction within its chapter. */
export interface ContentsEntry {
  id: string;
  title: string;
  level: 1 | 2;
}

/**
 * The chapters and the page each starts on. Pages are counted once the document is laid out
 * (see pagination.ts); until then the numbers are blank, taking the room they will take.
 */
export function ContentsSection({
  entries,
  pages,
  t,
}: {
  entries: ContentsEntry[];
  pages: Record<string, number> | null;
  t: Translate;
}) {
  return (
    <section className="print-contents" id="contents">
      <h2>{t('section.contents')}</h2>
      <ol>
        {entries.map((entry) => (
          <li key={entry.id} className={`contents-level-${entry.level}`}>
            <a href={`#${entry.id}`}>
              <span className="contents-title">{entry.title}</span>
              <span className="contents-leader" aria-hidden="true" />
              <span className="contents-page" aria-label={t('contentsPage')}>
                {pages?.[entry.id] ?? '\u2007\u2007'}
              </span>
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}

function GoalItem({
  item,
  language,
  t,
}: {
  item: GoalOutlineItem;
  language: Language;
  t: Translate;
}) {
  const { data } = item;
  const title = nodeShownName({ kind: 'goal', data }, language);
  // The other language's title beside it, unless it is the one already shown for want of this.
  const other = language === 'ko' ? data.title : data.titleKo;
  return (
    <li className={`goal-${data.level || 'unset'}`}>
      <p className="goal-title">
        {data.level !== '' && <span className="goal-level">{t(`option.${data.level}`)}</span>}{' '}
        <NameText name={title} thing="goal" t={t} />
        {other && !title.untranslated && <span className="goal-other"> · {other}</span>}
      </p>
      {data.description && (
        <p className="goal-description">
          <JoinedText text={data.description} />
        </p>
      )}
      {(data.targetYear || data.indicator) && (
        <p className="goal-target">
          {data.targetYear && `${t('field.targetYear')}: ${data.targetYear}`}
          {data.targetYear && data.indicator && ' · '}
          {data.indicator && `${t('field.indicator')}: ${data.indicator}`}
        </p>
      )}
      {item.children.length > 0 && (
        <ul>
          {item.children.map((child) => (
            <GoalItem key={child.id} item={child} language={language} t={t} />
          ))}
        </ul>
      )}
    </li>
  );
}

export function GoalsSection({
  strategy,
  language,
  t,
}: {
  strategy: Strategy;
  language: Language;
  t: Translate;
}) {
  return (
    <ul className="goal-outline">
      {goalOutline(strategy).map((item) => (
        <GoalItem key={item.id} item={item} language={language} t={t} />
      ))}
    </ul>
  );
}
