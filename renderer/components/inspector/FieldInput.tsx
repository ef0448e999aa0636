import { useId, useState } from 'react';
import { countryOptions } from '../../../shared/model/countries';
import {
  formatFieldValue,
  isWholeDate,
  parseFieldInput,
  type FieldDef,
  type FieldError,
  type FieldResult,
} from '../../../shared/model/fields';
import { formatKrw } from '../../../shared/i18n/formatNumbers';
import type { MessageKey } from '../../../shared/i18n/translate';
import { FIELD_ERROR_MESSAGES } from '../../../shared/i18n/fieldErrors';
import { useT } from '../../i18n';
import { selectLanguage } from '../../store/selectors';
import { useApp } from '../../store/StoreContext';

/** How a date reads in every field that holds one, in both languages. */
const DATE_PLACEHOLDER = 'YYYY-MM-DD';

interface FieldInputProps {
  field: FieldDef;
  /** Overrides the label taken from the field's key. */
  label?: string;
  value: unknown;
  onCommit(value: string | number | null): void;
  /** Messages that say better what this input expects than the field type's own. */
  errorText?: Partial<Record<FieldError, string>>;
  /** Whether a large number is also said as an amount in won (12억원); not for a count. */
  amountHint?: boolean;
  /** Label and input side by side, as in a toolbar, rather than the label above. */
  inline?: boolean;
  /** What the field is for, shown on hovering it. */
  title?: string;
  /** Outside the inspector, whose fieldset disables its fields for a read-only strategy. */
  disabled?: boolean;
  /** A line under the field on what else bears on it, read with the field. */
  note?: string;
  /** A rule between this field and others (see crossFieldError): a value breaking it is not kept. */
  check?: (value: string | number | null) => FieldError | null;
  /** Must be filled in before its form is saved. */
  required?: boolean;
  /** Its form was saved with it empty: it says it is required until something is typed in it. */
  leftEmpty?: boolean;
}

/**
 * One labelled field. What the user types stays in the input even when it is not valid yet;
 * only valid values reach the strategy, and the message says what is expected meanwhile.
 * Amounts and countries are shown as they are read (1,200,000,000; a country's name) and
 * accept what officers type (12억 5천만; 일본, Japan or JP).
 */
export function FieldInput({
  field,
  label: labelOverride,
  value,
  onCommit,
  errorText,
  amountHint = true,
  inline = false,
  title,
  disabled,
  note,
  check,
  required = false,
  leftEmpty = false,
}: FieldInputProps) {
  const t = useT();
  const language = useApp(selectLanguage);
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const listId = `${id}-list`;
  const [draft, setDraft] = useState(() => formatFieldValue(field, value, language));
  const [error, setError] = useState<FieldError | null>(null);
  const [shown, setShown] = useState({ value, language });

  // The value changed outside this input (undo, redo), or the language it is shown in: show
  // it, unless it is what was typed.
  if (value !== shown.value || language !== shown.language) {
    const languageChanged = language !== shown.language;
    setShown({ value, language });
    const typed = parseFieldInput(field, draft);
    if (languageChanged || !typed.ok || typed.value !== value) {
      setDraft(formatFieldValue(field, value, language));
      setError(null);
    }
  }

  const checked = (result: FieldResult): FieldResult => {
    const broken = result.ok && check ? check(result.value) : null;
    return broken ? { ok: false, error: broken } : result;
  };

  const commit = (result: { value: string | number | null }) => {
    setShown({ value: result.value, language });
    onCommit(result.value);
  };

  const change = (raw: string) => {
    setDraft(raw);
    if (field.type === 'date' && !isWholeDate(raw.trim())) {
      setError(null);
      return;
    }
    const result = checked(parseFieldInput(field, raw));
    if (result.ok) {
      setError(null);
      commit(result);
    } else if (field.type === 'country') {
      // A country is typed a few letters at a time; it is judged once the user leaves it.
      setError(null);
    } else setError(result.error);
  };

  /** Leaving the field shows what was kept as it is read, or says why nothing was. */
  const leave = () => {
    const result = checked(parseFieldInput(field, draft));
    if (!result.ok) {
      setError(result.error);
      return;
    }
    if (field.type === 'date' && result.value !== value) commit(result);
    if (field.type === 'money' || field.type === 'country' || field.type === 'date')
      setDraft(formatFieldValue(field, result.value, language));
  };

  // A large amount is also said the way it is read aloud: 12억원, KRW 1.2 bn.
  const hint =
    amountHint && field.type === 'money' && typeof value === 'number' && value >= 10_000
      ? formatKrw(value, language)
      : (note ?? null);
  const shownError = error ?? (leftEmpty && draft.trim() === '' ? 'required' : null);
  const describedBy = [shownError ? errorId : '', hint ? hintId : ''].filter(Boolean).join(' ');
  const common = {
    id,
    'data-field': field.key,
    value: draft,
    'aria-invalid': shownError !== null,
    'aria-required': required || undefined,
    'aria-describedby': describedBy || undefined,
    disabled,
  };
  const label = labelOverride ?? t(`field.${field.key}` as MessageKey);

  return (
    <div className={inline ? 'field inline-field' : 'field'} title={title}>
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
          // A date is typed, not picked: a browser's date picker shows it in the order of the
          // computer's locale, whatever the app's language.
          // A count steps up and down as numbers do; its range is checked here, with a message.
          type={field.type === 'count' ? 'number' : 'text'}
          min={field.type === 'count' ? field.min : undefined}
          max={field.type === 'count' ? field.max : undefined}
          className={
            field.type === 'date'
              ? 'date-input'
              : field.type === 'count'
                ? 'count-input'
                : undefined
          }
          placeholder={field.type === 'date' ? DATE_PLACEHOLDER : undefined}
          list={field.type === 'country' ? listId : undefined}
          autoComplete={field.type === 'country' ? 'off' : undefined}
          inputMode={
            field.type === 'year' ||
            field.type === 'percent' ||
            field.type === 'latitude' ||
            field.type === 'longitude'
              ? 'decimal'
              : undefined
          }
          onChange={(event) => change(event.target.value)}
          onBlur={leave}
          onKeyDown={(event) => {
            if (field.type === 'date' && event.key === 'Enter') leave();
          }}
        />
      )}
      {field.type === 'country' && (
        <datalist id={listId}>
          {countryOptions(language).map((country) => (
            <option key={country.code} value={country.name} />
          ))}
        </datalist>
      )}
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      {shownError && (
        <p className="field-error" id={errorId} role="alert">
          {errorText?.[shownError] ??
            t(
              FIELD_ERROR_MESSAGES[shownError],
              field.type === 'count' ? { min: field.min, max: field.max } : undefined,
            )}
        </p>
      )}
    </div>
  );
}
