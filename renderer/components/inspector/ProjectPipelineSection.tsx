import { memo } from 'react';
import { sameOnMap } from '../../../shared/map/offMapFields';
import { FUNDING_LINE_FIELDS } from '../../../shared/model/fields';
import { newId } from '../../../shared/model/ids';
import { formatKrw, formatTimeInStage } from '../../../shared/i18n/formatNumbers';
import type { MessageKey } from '../../../shared/i18n/translate';
import { citySharePercent, fundingMix } from '../../../shared/pipeline/funding';
import { daysInStage, isStalled, unmetLabels } from '../../../shared/pipeline/history';
import type { FundingLine } from '../../../shared/pipeline/types';
import { useT } from '../../i18n';
import type { FlowNode } from '../../store/flow';
import { selectLanguage, selectPipelineSettings } from '../../store/selectors';
import { selectAsOfClock } from '../../store/activitySelectors';
import { useApp } from '../../store/StoreContext';
import { FieldInput } from './FieldInput';

type ProjectFlowNode = Extract<FlowNode, { type: 'project' }>;

/**
 * A project's pipeline record in the inspector: time in stage, gate, history and funding. It
 * shows none of the project's long texts, so typing its notes does not render it again.
 */
export const ProjectPipelineSection = memo(
  PipelineSection,
  (before, after) =>
    before.node.id === after.node.id && sameOnMap('project', before.node.data, after.node.data),
);

function PipelineSection({ node }: { node: ProjectFlowNode }) {
  const t = useT();
  const language = useApp(selectLanguage);
  const settings = useApp(selectPipelineSettings);
  const today = useApp(selectAsOfClock)();
  const toggleGateCheck = useApp((s) => s.toggleGateCheck);
  const setFundingLines = useApp((s) => s.setFundingLines);
  if (!settings) return null;
  const { data } = node;
  const stageName = t(`option.${data.stage}`);
  const days = daysInStage(data, today);
  const gate = settings.gates[data.stage];
  const label = (item: { label: string; labelKo: string }) =>
    language === 'ko' && item.labelKo ? item.labelKo : item.label;
  const share = citySharePercent(data);

  const editLine = (index: number, key: keyof FundingLine, value: unknown) =>
    setFundingLines(
      node.id,
      data.funding.map((line, i) => (i === index ? { ...line, [key]: value } : line)),
      `funding:${node.id}:${index}:${key}`,
    );

  return (
    <div className="project-pipeline">
      <p className="days-in-stage">
        {days === null ? t('noHistory') : formatTimeInStage(days, t)}
        {isStalled(data, today, settings.stalledAfterDays) && (
          <span className="stalled-badge">{t('stalled')}</span>
        )}
      </p>

      <fieldset className="gate-checklist">
        <legend>{t('gateChecklist', { stage: stageName })}</legend>
        {gate.length === 0 && <p className="empty">{t('gateEmpty')}</p>}
        {gate.map((item) => (
          <label key={item.id} className="check-row">
            <input
              type="checkbox"
              checked={data.gateChecks.includes(item.id)}
              onChange={() => toggleGateCheck(node.id, item.id)}
            />
            <span>{label(item)}</span>
          </label>
        ))}
      </fieldset>

      <section aria-label={t('stageHistory')}>
        <h4>{t('stageHistory')}</h4>
        {data.history.length === 0 ? (
          <p className="empty">{t('noHistory')}</p>
        ) : (
          <ol className="timeline">
            {[...data.history].reverse().map((change, i) => (
              <li key={`${change.date}-${i}`}>
                <time dateTime={change.date}>{change.date}</time>{' '}
                {change.from
                  ? t('historyMove', {
                      from: t(`option.${change.from}`),
                      to: t(`option.${change.to}`),
                    })
                  : t('historyStart', { stage: t(`option.${change.to}`) })}
                {change.override ? (
                  <p className="override">
                    {t('historyOverride', {
                      items: unmetLabels(change.override, language).join(', '),
                      reason: change.override.reason,
                    })}
                  </p>
                ) : (
                  change.note && <p className="note">{change.note}</p>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-label={t('fundingLines')}>
        <h4>{t('fundingLines')}</h4>
        {data.funding.map((line, index) => (
          <fieldset key={line.id} className="funding-line">
            <legend>{t('fundingLine', { number: index + 1 })}</legend>
            {FUNDING_LINE_FIELDS.map((field) => (
              <FieldInput
                key={field.key}
                field={field}
                label={t(`field.${field.key}` as MessageKey)}
                value={line[field.key]}
                onCommit={(value) => editLine(index, field.key, value)}
              />
            ))}
            <button
              onClick={() =>
                setFundingLines(
                  node.id,
                  data.funding.filter((_, i) => i !== index),
                )
              }
            >
              {t('removeFundingLine', { number: index + 1 })}
            </button>
          </fieldset>
        ))}
        <button
          onClick={() =>
            setFundingLines(node.id, [
              ...data.funding,
              {
                id: newId('funding'),
                source: 'cityOdaFund',
                funder: '',
                amountKrw: null,
                sharePercent: null,
              },
            ])
          }
        >
          {t('addFundingLine')}
        </button>
        <h4>{t('fundingMix')}</h4>
        {fundingMix(data).length === 0 ? (
          <p className="empty">{t('noFunding')}</p>
        ) : (
          <ul className="funding-mix">
            {fundingMix(data).map((entry) => (
              <li key={entry.source}>
                {t(`option.${entry.source}`)}: {formatKrw(entry.amountKrw, language)}
              </li>
            ))}
          </ul>
        )}
        {share !== null && <p>{t('cityShare', { percent: `${share.toFixed(1)}%` })}</p>}
      </section>
    </div>
  );
}
