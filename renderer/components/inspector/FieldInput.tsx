import { useId, useState } from 'react';
import {
  formatFieldValue,
  parseFieldInput,
  type FieldDef,
  type FieldError,
} from '../../../shared/model/fields';
import type { MessageKey } from '../../../shared/i18n/translate';
import { FIELD_ERROR_MESSAGES } from '../../../shared/i18n/fieldErrors';
import { useT } from '../../i18n';

interface FieldInputProps {
  field: FieldDef;
  /** Overrides the label taken from the field's key. */
  label?: string;
  value: unknown;
  onCommit(value: string | number | null): void;
}

/**
 * One labelled field. What the user types stays in the input even when it is not valid yet;
 * only valid values reach the strategy, and the message says what is expected meanwhile.
 */
export function FieldInput({ field, label: labelOverride, value, onCommit }: FieldInputProps) {
  const t = useT();
  const id = useId();
  const errorId = `${id}-error`;
  const [draft, setDraft] = useState(formatFieldValue(value));
  const [error, setError] = useState<FieldError | null>(null);
  const [shownValue, setShownValue] = useState(value);

  // The value changed outside this input (undo, redo): show it, unless it is what was typed.
  if (value !== shownValue) {
    setShownValue(value);
    const typed = parseFieldInput(field, draft);
    if (!typed.ok || typed.value !== value) {
      setDraft(formatFieldValue(value));
      setError(null);
    }
  }

  const change = (raw: string) => {
    setDraft(raw);
    const result = parseFieldInput(field, raw);
    if (result.ok) {
      setError(null);
      setShownValue(result.value);
      onCommit(result.value);
    } else setError(result.error);
  };

  const common = {
    id,
    value: draft,
    'aria-invalid': error !== null,
    'aria-describedby': error ? errorId : undefined,
  };
  const label = labelOverride ?? t(`field.${field.key}` as MessageKey);

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {field.type === 'select' ? (
        <select {...common} onChange={(event) => change(event.target.value)}>
          {field.options.map((option) => (
            <option key={option} value={option}>
              {t(`option.${option}` as MessageKey)}
            </option>
          ))}
        </select>
      ) : field.type === 'longText' ? (
        <textarea {...common} rows={3} onChange={(event) => change(event.target.value)} />
      ) : (
        <input
          {...common}
          type={field.type === 'date' ? 'date' : 'text'}
          inputMode={
            field.type === 'year' || field.type === 'money' || field.type === 'percent'
              ? 'decimal'
              : undefined
          }
          onChange={(event) => change(event.target.value)}
        />
      )}
      {error && (
        <p className="field-error" id={errorId} role="alert">
          {t(FIELD_ERROR_MESSAGES[error])}
        </p>
      )}
    </div>
  );
}
