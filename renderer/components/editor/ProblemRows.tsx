import { useT } from '../../i18n';

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
            <li key={row}>{t('rowProblem', { row, reasons: reasons.map(describe).join('; ') })}</li>
          ))}
        </ul>
      )}
    </>
  );
}
