import type { Language, Strategy } from '../../shared/model/graph';
import { formatKrw } from '../../shared/i18n/formatNumbers';
import type { MessageKey, Translate } from '../../shared/i18n/translate';
import { fundingMix } from '../../shared/pipeline/funding';
import { networkRows, partnerRows, projectRows } from '../../shared/report/reportData';

const option = (t: Translate, code: string) => t(`option.${code}` as MessageKey);

export function PartnersSection({
  strategy,
  language,
  t,
}: {
  strategy: Strategy;
  language: Language;
  t: Translate;
}) {
  return (
    <table>
      <thead>
        <tr>
          <th>{t('field.name')}</th>
          <th>{t('field.nameKo')}</th>
          <th>{t('field.country')}</th>
          <th>{t('field.relation')}</th>
          <th>{t('field.since')}</th>
          <th>{t('field.status')}</th>
          <th>{t('linkedGoals')}</th>
          <th>{t('linkedProjects')}</th>
        </tr>
      </thead>
      <tbody>
        {partnerRows(strategy, language).map(({ id, data, goals, projects }) => (
          <tr key={id}>
            <td>{data.name}</td>
            <td>{data.nameKo}</td>
            <td>{data.country}</td>
            <td>{option(t, data.relation)}</td>
            <td>{data.since ?? ''}</td>
            <td>{option(t, data.status)}</td>
            <td>{goals.join('; ')}</td>
            <td>{projects.join('; ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function NetworksSection({ strategy, t }: { strategy: Strategy; t: Translate }) {
  return (
    <table>
      <thead>
        <tr>
          <th>{t('field.name')}</th>
          <th>{t('field.nameKo')}</th>
          <th>{t('field.domain')}</th>
          <th>{t('field.role')}</th>
          <th>{t('field.headquarters')}</th>
          <th>{t('field.founded')}</th>
        </tr>
      </thead>
      <tbody>
        {networkRows(strategy).map(({ id, data }) => (
          <tr key={id}>
            <td>{data.name}</td>
            <td>{data.nameKo}</td>
            <td>{data.domain}</td>
            <td>{option(t, data.role)}</td>
            <td>{data.headquarters}</td>
            <td>{data.founded ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ProjectsSection({
  strategy,
  language,
  t,
}: {
  strategy: Strategy;
  language: Language;
  t: Translate;
}) {
  return (
    <table className="projects-table">
      <thead>
        <tr>
          <th>{t('field.title')}</th>
          <th>{t('field.titleKo')}</th>
          <th>{t('field.domain')}</th>
          <th>{t('field.stage')}</th>
          <th>{t('field.country')}</th>
          <th>{t('field.city')}</th>
          <th>{t('period')}</th>
          <th>{t('field.budgetKrw')}</th>
          <th>{t('field.fundingSource')}</th>
        </tr>
      </thead>
      <tbody>
        {projectRows(strategy).map(({ id, data }) => (
          <tr key={id}>
            <td>{data.title}</td>
            <td>{data.titleKo}</td>
            <td>{option(t, data.domain)}</td>
            <td>{option(t, data.stage)}</td>
            <td>{data.country}</td>
            <td>{data.city}</td>
            <td>{[data.startYear, data.endYear].filter(Boolean).join('–')}</td>
            <td>{formatKrw(data.budgetKrw, language)}</td>
            <td>
              {fundingMix(data)
                .map((line) => option(t, line.source))
                .join(', ')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
