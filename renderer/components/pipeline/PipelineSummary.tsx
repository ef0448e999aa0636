import { useMemo, useState } from 'react';
import { STAGES } from '../../../shared/model/vocabulary';
import { formatPercent } from '../../../shared/i18n/formatNumbers';
import type { MessageKey } from '../../../shared/i18n/translate';
import { conversionBy } from '../../../shared/pipeline/analysis';
import type { ProjectContext } from '../../../shared/pipeline/projects';
import { useT } from '../../i18n';
import { selectLanguage } from '../../store/selectors';
import { useApp } from '../../store/StoreContext';
import { StageSummaryTable } from './StageSummaryTable';

type Grouping = 'overall' | 'domain' | 'region';

/** Count, budget and conversion per stage: how far exchanges get towards real projects. */
export function PipelineSummary({ projects }: { projects: ProjectContext[] }) {
  const t = useT();
  const language = useApp(selectLanguage);
  const [grouping, setGrouping] = useState<Grouping>('overall');
  const groups = useMemo(
    () =>
      grouping === 'overall'
        ? []
        : conversionBy(projects, (p) => (grouping === 'domain' ? p.data.domain : p.region)),
    [projects, grouping],
  );

  return (
    <section className="pipeline-summary panel" aria-label={t('pipelineSummary')}>
      <header className="panel-header">
        <h3>{t('pipelineSummary')}</h3>
        <label className="inline-field">
          <span>{t('summaryGroup')}</span>
          <select
            value={grouping}
            onChange={(event) => setGrouping(event.target.value as Grouping)}
          >
            {(['overall', 'domain', 'region'] as const).map((g) => (
              <option key={g} value={g}>
                {t(`group.${g}`)}
              </option>
            ))}
          </select>
        </label>
      </header>
      {grouping === 'overall' ? (
        <StageSummaryTable projects={projects} language={language} t={t} />
      ) : (
        <table>
          <caption className="visually-hidden">{t('summaryConversion')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('summaryGroupColumn')}</th>
              {STAGES.slice(0, -1).map((stage) => (
                <th key={stage} scope="col">
                  {t(`option.${stage}`)} →
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {groups.map(({ group, conversion: groupRates }) => (
              <tr key={group}>
                <th scope="row">{group ? t(`option.${group}` as MessageKey) : t('option.')}</th>
                {STAGES.slice(0, -1).map((stage) => (
                  <td key={stage}>
                    {formatPercent(groupRates[stage].toNext, language)}
                    <span className="muted"> ({groupRates[stage].reached})</span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
