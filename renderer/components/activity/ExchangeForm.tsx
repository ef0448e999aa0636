import { useId, useState } from 'react';
import { EXCHANGE_FIELDS } from '../../../shared/model/fields';
import type { Exchange } from '../../../shared/activity/types';
import { displayName } from '../../../shared/model/nodes';
import { useT } from '../../i18n';
import { selectLanguage, selectNodes } from '../../store/selectors';
import { useApp } from '../../store/StoreContext';
import { FieldInput } from '../inspector/FieldInput';

interface ExchangeFormProps {
  initial: Exchange;
  onSave(exchange: Exchange): void;
  onCancel(): void;
}

/**
 * One exchange being written. It reaches the log only on "Save exchange", whole and with a day,
 * so a half-typed entry never counts in the figures.
 */
export function ExchangeForm({ initial, onSave, onCancel }: ExchangeFormProps) {
  const t = useT();
  const language = useApp(selectLanguage);
  const nodes = useApp(selectNodes);
  const [draft, setDraft] = useState(initial);
  const projectSelect = useId();
  const projects = nodes
    .filter((n) => n.type === 'project')
    .map((n) => ({
      id: n.id,
      name: displayName({ kind: 'project', data: n.data } as never, language),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, language));

  return (
    <fieldset className="exchange-form">
      <legend>{t(initial.date === '' ? 'addExchange' : 'editExchange')}</legend>
      {EXCHANGE_FIELDS.map((field) => (
        <FieldInput
          key={field.key}
          field={field}
          value={draft[field.key]}
          onCommit={(value) => setDraft((d) => ({ ...d, [field.key]: value ?? '' }))}
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
          {projects.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      <div className="button-row">
        <button
          type="button"
          className="primary"
          disabled={draft.date === ''}
          onClick={() => onSave(draft)}
        >
          {t('saveExchange')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </fieldset>
  );
}
