import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import {
  exchangeProjectChoices,
  type ProjectChoice,
} from '../../../shared/activity/exchangeProjects';
import { EXCHANGE_FIELDS } from '../../../shared/model/fields';
import type { Exchange } from '../../../shared/activity/types';
import type { StrategyNode } from '../../../shared/model/graph';
import { displayName } from '../../../shared/model/nodes';
import { useT } from '../../i18n';
import { strategyGraphOf } from '../../store/flow';
import { selectMapNodes } from '../../store/mapNodes';
import { selectEdges, selectLanguage } from '../../store/selectors';
import { useApp } from '../../store/StoreContext';
import { FieldInput } from '../inspector/FieldInput';

interface ExchangeFormProps {
  partner: StrategyNode;
  initial: Exchange;
  onSave(exchange: Exchange): void;
  onCancel(): void;
}

const dateFieldIn = (form: HTMLElement | null) =>
  form?.querySelector<HTMLElement>('[data-field="date"]');

const projectOption = (choice: ProjectChoice) => (
  <option key={choice.id} value={choice.id}>
    {choice.label}
  </option>
);

/**
 * One exchange being written. It reaches the log only on "Save exchange", whole and with a day,
 * so a half-typed entry never counts in the figures.
 */
export function ExchangeForm({ partner, initial, onSave, onCancel }: ExchangeFormProps) {
  const t = useT();
  const language = useApp(selectLanguage);
  const nodes = useApp(selectMapNodes);
  const edges = useApp(selectEdges);
  const [draft, setDraft] = useState(initial);
  const [dateLeftEmpty, setDateLeftEmpty] = useState(false);
  const form = useRef<HTMLFieldSetElement>(null);
  const projectSelect = useId();
  const projects = useMemo(
    () => exchangeProjectChoices(strategyGraphOf(nodes, edges), partner.id, language),
    [nodes, edges, partner.id, language],
  );

  // The form opens at the foot of a long inspector, often below what shows of it: it comes
  // into view with the cursor in its first field, or the button pressed seems to do nothing.
  useEffect(() => {
    form.current?.scrollIntoView({ block: 'nearest' });
    dateFieldIn(form.current)?.focus();
  }, []);

  const save = () => {
    if (draft.date === '') {
      // Rendered before the focus moves, so the field is announced with its message.
      flushSync(() => setDateLeftEmpty(true));
      dateFieldIn(form.current)?.focus();
      return;
    }
    onSave(draft);
  };

  return (
    <fieldset ref={form} className="exchange-form">
      <legend>{t(initial.date === '' ? 'addExchange' : 'editExchange')}</legend>
      {EXCHANGE_FIELDS.map((field) => (
        <FieldInput
          key={field.key}
          field={field}
          value={draft[field.key]}
          onCommit={(value) => setDraft((d) => ({ ...d, [field.key]: value ?? '' }))}
          required={field.key === 'date'}
          leftEmpty={field.key === 'date' && dateLeftEmpty}
        />
      ))}
      <label className="check-row">
        <input
          type="checkbox"
          checked={draft.followUp}
          onChange={(event) => setDraft((d) => ({ ...d, followUp: event.target.checked }))}
        />
        <span>{t('field.followUp')}</span>
      </label>
      <div className="field">
        <label htmlFor={projectSelect}>{t('field.projectId')}</label>
        <select
          id={projectSelect}
          value={draft.projectId}
          onChange={(event) => setDraft((d) => ({ ...d, projectId: event.target.value }))}
        >
          <option value="">{t('noProject')}</option>
          {projects.related.length === 0 ? (
            projects.others.map(projectOption)
          ) : (
            <>
              <optgroup
                label={t('exchangeProjectsOfPartner', {
                  partner: displayName(partner, language),
                })}
              >
                {projects.related.map(projectOption)}
              </optgroup>
              {projects.others.length > 0 && (
                <optgroup label={t('exchangeOtherProjects')}>
                  {projects.others.map(projectOption)}
                </optgroup>
              )}
            </>
          )}
        </select>
      </div>
      <div className="button-row">
        <button type="button" className="primary" onClick={save}>
          {t('saveExchange')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </fieldset>
  );
}
