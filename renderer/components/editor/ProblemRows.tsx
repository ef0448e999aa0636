import type { FieldError } from '../../../shared/model/fields';
import type { RowProblem } from '../../../shared/exchange/csvImport';
import { FIELD_ERROR_MESSAGES } from '../../../shared/i18n/fieldErrors';
import type { MessageKey, Translate } from '../../../shared/i18n/translate';
import { useT } from '../../i18n';

/** A cell no field could take, as either import dialog names it: its column, value and why. */
export function describeBadValue(
  problem: { field: string; value: string; error: FieldError },
  t: Translate,
): string {
  return t('problem.badValue', {
    field: t(`field.${problem.field}` as MessageKey),
    value: problem.value,
    reason: t(FIELD_ERROR_MESSAGES[problem.error]),
  });
}

/** A cell that names no choice of its column, with the choices it may name; both imports say it. */
export function describeNotAnOption(
  problem: Extract<RowProblem, { code: 'notAnOption' }>,
  t: Translate,
): string {
  return t('problem.notAnOption', {
    field: t(`field.${problem.field}` as MessageKey),
    value: problem.value,
    accepted: problem.accepted.map((label) => t(label)).join(', '),
  });
}

/** A row's reasons in one line: a sentence's full stop gives way to the semicolon after it. */
export function joinReasons(reasons: readonly string[]): string {
  return reasons
    .map((reason, i) => (i < reasons.length - 1 ? reason.replace(/\.$/, '') : reason))
    .join('; ');
}

/**
 * The rows a CSV import leaves out, each with its reasons; both import dialogs list them alike.
 */
export function ProblemRows<P>({
  problems,
  describe,
}: {
  problems: readonly { row: number; problems: readonly P[] }[];
  describe(problem: P): string;
}) {
  const t = useT();
  return (
    <>
      <h3>{t('rowsWithProblems')}</h3>
      {problems.length === 0 ? (
        <p className="empty">{t('noProblemRows')}</p>
      ) : (
        <ul className="problem-rows" aria-label={t('rowsWithProblems')}>
          {problems.map(({ row, problems: reasons }) => (
            <li key={row}>
              {t('rowProblem', { row, reasons: joinReasons(reasons.map(describe)) })}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
