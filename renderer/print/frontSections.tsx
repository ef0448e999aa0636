import type { Language, Strategy } from '../../shared/model/graph';
import type { Translate } from '../../shared/i18n/translate';
import { displayName } from '../../shared/model/nodes';
import {
  goalOutline,
  type GoalOutlineItem,
  type ReportSection,
} from '../../shared/report/reportData';

export function CoverSection({
  strategy,
  t,
  date,
}: {
  strategy: Strategy;
  t: Translate;
  date: string;
}) {
  return (
    <section className="print-cover">
      <p className="cover-app">{t('appName')}</p>
      <h1>{strategy.title}</h1>
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
  const title = displayName({ kind: 'goal', data }, language);
  const other = language === 'ko' ? data.title : data.titleKo;
  return (
    <li className={`goal-${data.level}`}>
      <p className="goal-title">
        <span className="goal-level">{t(`option.${data.level}`)}</span> {title}
        {other && other !== title && <span className="goal-other"> · {other}</span>}
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
