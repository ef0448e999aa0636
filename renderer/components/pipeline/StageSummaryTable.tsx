import { STAGES } from '../../../shared/model/vocabulary';
import type { Language } from '../../../shared/model/graph';
import { formatKrw, formatPercent } from '../../../shared/i18n/formatNumbers';
import type { Translate } from '../../../shared/i18n/translate';
import { conversion, stageFigures } from '../../../shared/pipeline/analysis';
import type { ProjectContext } from '../../../shared/pipeline/projects';

/** Count, budget, reach and conversion per stage; on the board's summary and in the printed plan. */
export function StageSummaryTable({
  projects,
  language,
  t,
}: {
  projects: ProjectContext[];
  language: Language;
  t: Translate;
}) {
  const figures = stageFigures(projects);
  const rates = conversion(projects);
  return (
    <table className="summary-table">
      <thead>
        <tr>
          <th scope="col">{t('summaryStage')}</th>
          <th scope="col">{t('summaryProjects')}</th>
          <th scope="col">{t('summaryBudget')}</th>
          <th scope="col">{t('summaryReached')}</th>
          <th scope="col">{t('summaryConversion')}</th>
        </tr>
      </thead>
      <tbody>
        {STAGES.map((stage) => (
          <tr key={stage}>
            <th scope="row">{t(`option.${stage}`)}</th>
            <td>{figures[stage].count}</td>
            <td>{formatKrw(figures[stage].budgetKrw, language)}</td>
            <td>{rates[stage].reached}</td>
            <td>{formatPercent(rates[stage].toNext, language)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
