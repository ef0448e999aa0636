import { useId, useRef, useState } from 'react';
import {
  actualOfYear,
  actualsOf,
  countsMoney,
  measureStatus,
  withActual,
} from '../../../shared/activity/measures';
import type { Measure } from '../../../shared/activity/types';
import {
  ACTUAL_FIELDS,
  crossFieldError,
  MEASURE_FIELDS,
  parseFieldInput,
} from '../../../shared/model/fields';
import type { StrategyGraph } from '../../../shared/model/graph';
import type { MessageKey } from '../../../shared/i18n/translate';
import { formatCount } from '../../../shared/i18n/formatNumbers';
import { useT } from '../../i18n';
import { selectLanguage, selectReadOnly } from '../../store/selectors';
import { useApp } from '../../store/StoreContext';
import { FieldInput } from '../inspector/FieldInput';
import { MeasureChart } from './MeasureChart';
import { StatusBadge } from './StatusBadge';
import { isEnterToAct } from '../enterKey';
import { measureName } from '../../../shared/report/measureLines';
import { inLanguageOrder } from '../../../shared/model/names';

interface MeasureEditorProps {
  goalId: string;
  measure: Measure;
  graph: StrategyGraph;
  asOf: string;
  onDelete(): void;
}

/** One measure of a goal: its fields, its chart and status, and its yearly actuals. */
export function MeasureEditor({ goalId, measure, graph, asOf, onDelete }: MeasureEditorProps) {
  const t = useT();
  const language = useApp(selectLanguage);
  const readOnly = useApp(selectReadOnly);
  const putMeasure = useApp((s) => s.putMeasure);
  const [year, setYear] = useState('');
  const [value, setValue] = useState('');
  const actuals = actualsOf(measure, graph, asOf);
  const { status } = measureStatus(measure, actuals);
  const name = measureName(measure, language, t);
  const edit = (key: string, next: unknown) =>
    putMeasure(goalId, { ...measure, [key]: next }, `measure:${measure.id}:${key}`);
  const parsedYear = parseFieldInput(ACTUAL_FIELDS.year, year);
  const parsedValue = parseFieldInput(ACTUAL_FIELDS.value, value);
  const canAdd =
    parsedYear.ok && parsedYear.value !== null && parsedValue.ok && parsedValue.value !== null;
  // A count of cities is not an amount in won: the message names the measure's own unit.
  const money = countsMoney(measure);
  const unit = measure.unit.trim();
  const valueError = money
    ? t('errorMoney')
    : unit
      ? t('errorMeasureValue', { unit })
      : t('errorMeasureNumber');
  const entryId = useId();
  const yearWrong = year.trim() !== '' && !parsedYear.ok;
  const valueWrong = value.trim() !== '' && !parsedValue.ok;
  const yearInput = useRef<HTMLInputElement>(null);
  // One actual a year: a year already recorded is replaced, and the entry says so beforehand.
  const replaced = canAdd ? actualOfYear(measure, parsedYear.value as number) : undefined;
  const addActual = (from: 'button' | 'field') => {
    if (!canAdd) return;
    const entry = { year: parsedYear.value as number, value: parsedValue.value as number };
    putMeasure(goalId, withActual(measure, entry));
    setYear('');
    setValue('');
    // The button disables under the keyboard: it goes on to the next year's entry instead.
    if (from === 'button') yearInput.current?.focus();
  };
  // The row goes with its ×: the keyboard goes to the × of the actual after it, or before it, or
  // with none left to the year of a new one, rather than to the page.
  const deleteActual = (actualYear: number, row: HTMLElement | null) => {
    const neighbour = row?.nextElementSibling ?? row?.previousElementSibling;
    putMeasure(goalId, {
      ...measure,
      actuals: measure.actuals.filter((b) => b.year !== actualYear),
    });
    (neighbour?.querySelector('button') ?? yearInput.current)?.focus();
  };

  return (
    <fieldset className="measure" aria-label={name} data-measure-id={measure.id}>
      <legend>
        {name} <StatusBadge status={status} text={t(`status.${status}`)} />
      </legend>
      <MeasureChart measure={measure} actuals={actuals} label={t('measureChart', { name })} />
      {/* As in every inspector form, the name in the UI language comes first. */}
      {inLanguageOrder(MEASURE_FIELDS, language).map((field) => (
        <FieldInput
          key={field.key}
          field={field}
          label={
            field.key === 'source' ? t('measureSource') : t(`field.${field.key}` as MessageKey)
          }
          value={measure[field.key]}
          onCommit={(next) => edit(field.key, next)}
          check={(typed) => crossFieldError('measure', { ...measure }, field.key, typed)}
          errorText={{ money: valueError }}
          amountHint={money}
        />
      ))}
      <section aria-label={t('actuals')}>
        <h5>{t('actuals')}</h5>
        {measure.source !== 'manual' ? (
          <>
            <p className="muted">{t('actualsComputed')}</p>
            <p className="actual-values">
              {actuals.map((a) => `${a.year}: ${formatCount(a.value, language)}`).join(' · ')}
            </p>
          </>
        ) : (
          <>
            <ul className="actual-list">
              {measure.actuals.map((a) => (
                <li key={a.year}>
                  {a.year}: {formatCount(a.value, language)}
                  {!readOnly && (
                    <button
                      type="button"
                      className="link-button"
                      aria-label={t('deleteActual', { year: a.year })}
                      onClick={(event) => deleteActual(a.year, event.currentTarget.closest('li'))}
                    >
                      ×
                    </button>
                  )}
                </li>
              ))}
            </ul>
            {!readOnly && (
              <div className="actual-entry">
                <label>
                  <span>{t('field.year')}</span>
                  <input
                    ref={yearInput}
                    value={year}
                    inputMode="numeric"
                    aria-invalid={yearWrong}
                    aria-describedby={yearWrong ? `${entryId}-year` : undefined}
                    onChange={(e) => setYear(e.target.value)}
                  />
                </label>
                <label>
                  <span>{t('field.value')}</span>
                  <input
                    value={value}
                    inputMode="decimal"
                    aria-invalid={valueWrong}
                    aria-describedby={
                      [valueWrong && `${entryId}-value`, replaced && `${entryId}-replaces`]
                        .filter(Boolean)
                        .join(' ') || undefined
                    }
                    onChange={(e) => setValue(e.target.value)}
                    onKeyDown={(e) => {
                      if (isEnterToAct(e)) addActual('field');
                    }}
                  />
                </label>
                <button
                  type="button"
                  disabled={!canAdd}
                  aria-describedby={replaced ? `${entryId}-replaces` : undefined}
                  onClick={() => addActual('button')}
                >
                  {t('addActual')}
                </button>
                {replaced && (
                  <p id={`${entryId}-replaces`} className="field-hint">
                    {t('actualReplaces', {
                      year: replaced.year,
                      value: formatCount(replaced.value, language),
                    })}
                  </p>
                )}
                {yearWrong && (
                  <p id={`${entryId}-year`} className="field-error" role="alert">
                    {t('errorYear')}
                  </p>
                )}
                {valueWrong && (
                  <p id={`${entryId}-value`} className="field-error" role="alert">
                    {valueError}
                  </p>
                )}
              </div>
            )}
          </>
        )}
      </section>
      {!readOnly && (
        <button type="button" onClick={onDelete}>
          {t('deleteMeasure')}
        </button>
      )}
    </fieldset>
  );
}
