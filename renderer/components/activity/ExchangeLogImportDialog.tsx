import { useId, useMemo, useState, type ReactNode } from 'react';
import type { CsvTable } from '../../../shared/exchange/csvImport';
import {
  EXCHANGE_LOG_COLUMNS,
  guessExchangeMapping,
  planExchangeImport,
  type ExchangeLogColumn,
  type ExchangeRowProblem,
} from '../../../shared/exchange/exchangeLogCsv';
import type { MessageKey, Translate } from '../../../shared/i18n/translate';
import { useT } from '../../i18n';
import { strategyGraphOf } from '../../store/flow';
import { selectEdges, selectNodes } from '../../store/selectors';
import { useApp } from '../../store/StoreContext';
import { Dialog } from '../Dialog';
import { describeBadValue, describeNotAnOption, ProblemRows } from '../editor/ProblemRows';
import { ImportLimitAlert } from '../editor/ImportLimitAlert';

function describeProblem(problem: ExchangeRowProblem, t: Translate): string {
  switch (problem.code) {
    case 'missingName':
    case 'missingPartner':
      return t('problem.missingPartner');
    case 'unknownPartner':
      return t('problem.unknownPartner', { name: problem.name });
    case 'ambiguousName':
      return t('problem.ambiguousName', { name: problem.name, count: problem.count });
    case 'unknownProject':
      return t('problem.unknownProject', { name: problem.name });
    case 'missingDate':
      return t('problem.missingDate');
    case 'badValue':
      return describeBadValue(problem, t);
    case 'notAnOption':
      return describeNotAnOption(problem, t);
  }
}

interface ExchangeLogImportProps {
  table: CsvTable;
  /** The file line and the table choice, shared with the other tables' import. */
  header: ReactNode;
  onClose(): void;
}

/** How an exchange log will be read into partners' logs, added only when the user confirms. */
export function ExchangeLogImportDialog({ table, header, onClose }: ExchangeLogImportProps) {
  const t = useT();
  const nodes = useApp(selectNodes);
  const edges = useApp(selectEdges);
  const apply = useApp((s) => s.applyExchangeImport);
  const [mapping, setMapping] = useState(() => guessExchangeMapping(table.headers));
  const plan = useMemo(
    () => planExchangeImport(table, mapping, strategyGraphOf(nodes, edges)),
    [table, mapping, nodes, edges],
  );
  const limitId = useId();
  return (
    <Dialog
      title={t('importCsv')}
      className="wide-dialog"
      onCancel={onClose}
      actions={
        <>
          <button onClick={onClose}>{t('cancel')}</button>
          <button
            className="primary"
            disabled={plan.additions.length === 0 || plan.limitPassed !== null}
            aria-describedby={plan.limitPassed ? limitId : undefined}
            onClick={() => {
              // Refused, it closes all the same: the notice saying why cannot be read behind
              // the dialog, and trying again would be refused again.
              apply(plan);
              onClose();
            }}
          >
            {t('confirmImport')}
          </button>
        </>
      }
    >
      {header}
      <fieldset className="column-mapping">
        <legend>{t('columnMapping')}</legend>
        {table.headers.map((header, column) => (
          <label key={column} className="inline-field">
            <span>{t('columnField', { header })}</span>
            <select
              value={mapping[column] ?? ''}
              onChange={(event) =>
                setMapping(
                  mapping.map((key, i) =>
                    i === column ? ((event.target.value || null) as ExchangeLogColumn | null) : key,
                  ),
                )
              }
            >
              <option value="">{t('ignoreColumn')}</option>
              {EXCHANGE_LOG_COLUMNS.map((key) => (
                <option key={key} value={key}>
                  {t(`field.${key}` as MessageKey)}
                </option>
              ))}
            </select>
          </label>
        ))}
      </fieldset>
      {plan.kindUnmapped && (
        <p className="csv-hint" role="note">
          {t('exchangeNoKindColumn')}
        </p>
      )}
      <ProblemRows problems={plan.problems} describe={(p) => describeProblem(p, t)} />
      <p>
        {t('exchangeImportCounts', { count: plan.additions.length })}
        {plan.duplicates.length > 0 &&
          ` · ${t('exchangeDuplicates', { count: plan.duplicates.length })}`}
      </p>
      <ImportLimitAlert passed={plan.limitPassed} id={limitId} />
    </Dialog>
  );
}
