import type { Language, Strategy } from '../../shared/model/graph';
import type { Translate } from '../../shared/i18n/translate';
import { shownName, strategyNames } from '../../shared/model/names';
import { nodeShownName } from '../../shared/model/nodes';
import { NameText } from '../components/NameText';
import {
  goalOutline,
  type GoalOutlineItem,
  type ReportSection,
} from '../../shared/report/reportData';

export function CoverSection({
  strategy,
  language,
  t,
  date,
}: {
  strategy: Strategy;
  language: Language;
  t: Translate;
  date: string;
}) {
  return (
    <section className="print-cover">
      <p className="cover-app">{t('appName')}</p>
      <h1>
        <NameText name={shownName(strategyNames(strategy), language)} thing="strategy" t={t} />
      </h1>
      <dl>
        {strategy.organization && (
          <>
            <dt>{t('reportOrganization')}</dt>
            <dd>{strategy.organization}</dd>
          </>
        )}
        {strategy.author && (
          <>
            <dt>{t('reportAuthor')}</dt>
            <dd>{strategy.author}</dd>
          </>
        )}
        <dt>{t('reportDate')}</dt>
        <dd>{date}</dd>
      </dl>
    </section>
  );
}

export function ContentsSection({ sections, t }: { sections: ReportSection[]; t: Translate }) {
  return (
    <section className="print-contents">
      <h2>{t('section.contents')}</h2>
      <ol>
        {sections
          .filter((s) => s !== 'cover' && s !== 'contents')
          .map((section) => (
            <li key={section}>
              <a href={`#${section}`}>{t(`section.${section}`)}</a>
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
      {data.description && <p className="goal-description">{data.description}</p>}
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
