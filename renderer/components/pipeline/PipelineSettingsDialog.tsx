import { useState, type ReactNode } from 'react';
import { newId } from '../../../shared/model/ids';
import { pairInLanguageOrder } from '../../../shared/model/names';
import { STAGES, type Stage } from '../../../shared/model/vocabulary';
import type { PipelineSettings } from '../../../shared/pipeline/types';
import { parseStalledAfterDays, withoutBlankItems } from '../../../shared/pipeline/settings';
import { useT } from '../../i18n';
import { selectLanguage, selectPipelineSettings } from '../../store/selectors';
import { useApp } from '../../store/StoreContext';
import { Dialog } from '../Dialog';

/** The strategy's stall threshold and the checklists of its gates. */
export function PipelineSettingsDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const settings = useApp(selectPipelineSettings);
  const language = useApp(selectLanguage);
  const updatePipelineSettings = useApp((s) => s.updatePipelineSettings);
  const [days, setDays] = useState(String(settings?.stalledAfterDays ?? 180));
  const [gates, setGates] = useState<PipelineSettings['gates'] | undefined>(settings?.gates);
  if (!settings || !gates) return null;
  const daysValue = parseStalledAfterDays(days);
  // Each item in both languages, the one the officer works in first.
  const inUiLanguageFirst = (english: ReactNode, korean: ReactNode) =>
    pairInLanguageOrder(english, korean, language);

  const editItem = (stage: Stage, index: number, patch: { label?: string; labelKo?: string }) =>
    setGates({
      ...gates,
      [stage]: gates[stage].map((item, i) => (i === index ? { ...item, ...patch } : item)),
    });

  const save = () => {
    if (daysValue === null) return;
    // Refused, the dialog stays with what was typed, and the notice says which item to change.
    if (updatePipelineSettings({ stalledAfterDays: daysValue, gates: withoutBlankItems(gates) }))
      onClose();
  };

  return (
    <Dialog
      title={t('pipelineSettings')}
      onCancel={onClose}
      actions={
        <>
          <button onClick={onClose}>{t('cancel')}</button>
          <button className="primary" onClick={save} disabled={daysValue === null}>
            {t('save')}
          </button>
        </>
      }
    >
      <div className="settings-body">
        <div className="field">
          <label htmlFor="stalled-after-days">{t('stalledAfterDays')}</label>
          <input
            id="stalled-after-days"
            inputMode="numeric"
            value={days}
            aria-invalid={daysValue === null}
            onChange={(event) => setDays(event.target.value)}
          />
          {daysValue === null && (
            <p className="field-error" role="alert">
              {t('errorDays')}
            </p>
          )}
        </div>
        {STAGES.map((stage) => {
          const stageName = t(`option.${stage}`);
          return (
            <fieldset key={stage} className="gate-editor">
              <legend>{t('gateChecklist', { stage: stageName })}</legend>
              {/* Seen, not read out: each field's own label names its language. */}
              {gates[stage].length > 0 && (
                <div className="gate-item-row gate-item-heads" aria-hidden="true">
                  {inUiLanguageFirst(
                    <span key="en">{t('gateItemsInEnglish')}</span>,
                    <span key="ko">{t('gateItemsInKorean')}</span>,
                  )}
                </div>
              )}
              {gates[stage].map((item, index) => (
                <div key={item.id} className="gate-item-row">
                  {inUiLanguageFirst(
                    <input
                      key="en"
                      aria-label={t('gateItemLabel', { number: index + 1, stage: stageName })}
                      value={item.label}
                      maxLength={500}
                      onChange={(event) => editItem(stage, index, { label: event.target.value })}
                    />,
                    <input
                      key="ko"
                      aria-label={t('gateItemLabelKo', { number: index + 1, stage: stageName })}
                      value={item.labelKo}
                      maxLength={500}
                      onChange={(event) => editItem(stage, index, { labelKo: event.target.value })}
                    />,
                  )}
                  <button
                    aria-label={t('removeGateItem', { number: index + 1, stage: stageName })}
                    onClick={() =>
                      setGates({ ...gates, [stage]: gates[stage].filter((_, i) => i !== index) })
                    }
                  >
                    ×
                  </button>
                </div>
              ))}
              <button
                onClick={() =>
                  setGates({
                    ...gates,
                    [stage]: [...gates[stage], { id: newId('gate'), label: '', labelKo: '' }],
                  })
                }
              >
                {t('addGateItem', { stage: stageName })}
              </button>
            </fieldset>
          );
        })}
      </div>
    </Dialog>
  );
}
