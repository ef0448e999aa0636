import { useId, useState } from 'react';
import { FIELD_ERROR_MESSAGES } from '../../../shared/i18n/fieldErrors';
import type { MessageKey } from '../../../shared/i18n/translate';
import {
  detailsFormOf,
  type DetailsError,
  type DetailsFormKey,
  type StrategyDetailsInput,
} from '../../../shared/model/detailsInput';
import { useT } from '../../i18n';
import { selectLanguage, selectOpenMeta, selectReadOnly } from '../../store/selectors';
import { useApp } from '../../store/StoreContext';
import { Dialog } from '../Dialog';
import { HomeCityField } from '../places/HomeCityField';
import { pairInLanguageOrder } from '../../../shared/model/names';
import './strategyDetails.css';
import { isEnterToAct } from '../enterKey';

const ERROR_MESSAGES: Record<DetailsError, MessageKey> = {
  ...FIELD_ERROR_MESSAGES,
  planYears: 'errorPlanYears',
  homeCity: 'errorHomeCity',
};

/** Inputs that take a year or a date get a keyboard and width to match. */
const INPUT_MODE: Partial<Record<DetailsFormKey, 'numeric'>> = {
  planFirstYear: 'numeric',
  planLastYear: 'numeric',
};

const HELP: Partial<Record<DetailsFormKey, MessageKey>> = {
  documentDate: 'details.documentDateHelp',
  classification: 'details.classificationHelp',
  asOf: 'details.asOfHelp',
};

function DetailsInput({
  name,
  value,
  error,
  readOnly,
  help,
  onChange,
}: {
  name: DetailsFormKey;
  value: string;
  error: DetailsError | undefined;
  readOnly: boolean;
  help: MessageKey | null;
  onChange(value: string): void;
}) {
  const t = useT();
  const id = useId();
  const describedBy = [error && `${id}-error`, help && `${id}-help`].filter(Boolean).join(' ');
  return (
    <div className={`field details-${name}`}>
      <label htmlFor={id}>{t(`details.${name}`)}</label>
      <input
        id={id}
        value={value}
        readOnly={readOnly}
        inputMode={INPUT_MODE[name]}
        maxLength={500}
        aria-invalid={error !== undefined}
        aria-describedby={describedBy || undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {help && (
        <p className="field-hint" id={`${id}-help`}>
          {t(help)}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {t(ERROR_MESSAGES[error])}
        </p>
      )}
    </div>
  );
}

/**
 * What the plan's cover says: titles, organization, author, department, version, date, plan
 * period, classification and the home city; department and classification in either language.
 * Saved all at once, as one undoable action, or not at all while a field is wrong.
 */
export function StrategyDetailsDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const meta = useApp(selectOpenMeta);
  const language = useApp(selectLanguage);
  const readOnly = useApp(selectReadOnly);
  const saveStrategyDetails = useApp((s) => s.saveStrategyDetails);
  const [form, setForm] = useState<StrategyDetailsInput | null>(() =>
    meta ? detailsFormOf(meta) : null,
  );
  const [errors, setErrors] = useState<Partial<Record<DetailsFormKey | 'home', DetailsError>>>({});
  if (!form) return null;
  const input = (name: DetailsFormKey, help: MessageKey | null = HELP[name] ?? null) => (
    <DetailsInput
      key={name}
      name={name}
      help={help}
      value={form[name]}
      error={errors[name]}
      readOnly={readOnly}
      onChange={(value) => {
        setForm({ ...form, [name]: value });
        setErrors(({ [name]: _, ...rest }) => rest);
      }}
    />
  );
  // A field kept in both languages: the one the app is in first, side by side.
  // The pair's hint goes under the first.
  const pair = (english: DetailsFormKey, korean: DetailsFormKey) => {
    const [first, second] = pairInLanguageOrder(english, korean, language);
    return [input(first, HELP[english] ?? null), input(second, null)];
  };
  const save = () => {
    // Refused whole (read-only now, or a text the file could not hold), the dialog keeps what
    // was typed and says why inside it.
    const result = saveStrategyDetails(form);
    if (!result.ok) return setErrors(result.errors);
    onClose();
  };
  const failed = Object.keys(errors).length > 0;
  return (
    <Dialog
      title={t('strategyDetails')}
      onCancel={onClose}
      className="strategy-details-dialog"
      actions={
        <>
          <button onClick={onClose}>{t('cancel')}</button>
          <button className="primary" disabled={readOnly} onClick={save}>
            {t('save')}
          </button>
        </>
      }
    >
      {failed && (
        <p className="field-error" role="alert">
          {t('detailsNotSaved')}
        </p>
      )}
      <div
        className="details-grid"
        onKeyDown={(event) => {
          // Enter in a text field saves, as in the app's other forms; the city picker keeps it.
          const target = event.target as HTMLElement;
          if (isEnterToAct(event) && target.closest('.details-home') === null) save();
        }}
      >
        {pair('title', 'titleKo')}
        {input('organization')}
        {input('author')}
        {pair('department', 'departmentKo')}
        {input('documentVersion')}
        {input('documentDate')}
        <fieldset className="details-period">
          <legend>{t('details.planPeriod')}</legend>
          {input('planFirstYear')}
          {input('planLastYear')}
        </fieldset>
        {pair('classification', 'classificationKo')}
        {input('asOf')}
        <div className="details-home">
          <HomeCityField
            value={form.home}
            language={language}
            onChange={(home) => {
              setForm({ ...form, home });
              setErrors(({ home: _, ...rest }) => rest);
            }}
          />
          {errors.home && <p className="field-error">{t(ERROR_MESSAGES[errors.home])}</p>}
        </div>
      </div>
    </Dialog>
  );
}
