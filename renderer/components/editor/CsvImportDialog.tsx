import { useId, useMemo, useState, type ReactNode } from 'react';
import {
  firstRowAsData,
  guessMapping,
  guessTableKind,
  planImport,
  type CsvTable,
  type RowProblem,
} from '../../../shared/exchange/csvImport';
import type { CsvEncoding } from '../../../shared/exchange/csv';
import { TABLE_KINDS, tableFields, type TableKind } from '../../../shared/exchange/tables';
import type { MessageKey, Translate } from '../../../shared/i18n/translate';
import { useT } from '../../i18n';
import { strategyGraphOf } from '../../store/flow';
import { selectEdges, selectNodes } from '../../store/selectors';
import { useApp } from '../../store/StoreContext';
import { Dialog } from '../Dialog';
import { describeBadValue, describeNotAnOption, ProblemRows } from './ProblemRows';
import { ImportLimitAlert } from './ImportLimitAlert';
import { looksLikeExchangeLog } from '../../../shared/exchange/exchangeLogCsv';
import { ExchangeLogImportDialog } from '../activity/ExchangeLogImportDialog';
import {
  placesToLookUp,
  withFoundPlaces,
  type PlaceLookup,
} from '../../../shared/places/importPlaces';
import { useGazetteer } from '../../places/GazetteerContext';
import { UnplacedCities } from '../places/UnplacedCities';

const PREVIEW_ROWS = 5;

/** How the dialog names the encoding a file was read in. */
const ENCODING_NAMES: Record<CsvEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16': 'UTF-16',
  'euc-kr': 'CP949 (EUC-KR)',
};

function describeProblem(problem: RowProblem, t: Translate): string {
  if (problem.code === 'missingName') return t('problem.missingName');
  if (problem.code === 'notAnOption') return describeNotAnOption(problem, t);
  return describeBadValue(problem, t);
}

interface CsvImportDialogProps {
  fileName: string;
  table: CsvTable;
  onClose(): void;
}

/** The tables a spreadsheet may be: one of nodes, or a log of exchanges with partners. */
type ImportTable = TableKind | 'exchangeLog';

/** Shows how a spreadsheet will be read, and adds its good rows only when the user confirms. */
export function CsvImportDialog({ fileName, table: file, onClose }: CsvImportDialogProps) {
  const t = useT();
  const [kind, setKind] = useState<ImportTable>(() =>
    looksLikeExchangeLog(file.headers) ? 'exchangeLog' : guessTableKind(file.headers),
  );
  // A table of nodes may come without columns' names; an exchange log is known by its names.
  const [firstRowIsData, setFirstRowIsData] = useState(false);
  const headerless = firstRowIsData && kind !== 'exchangeLog';
  // Each table's column choices, kept while the user looks at the file as another table.
  const [mappings, setMappings] = useState<Partial<Record<TableKind, (string | null)[]>>>({});
  const table = useMemo(() => (headerless ? firstRowAsData(file) : file), [file, headerless]);
  // Guessed from the columns' names until the user chooses: a new guess would plan anew.
  const guessed = useMemo(
    () => (kind === 'exchangeLog' ? [] : guessMapping(table.headers, kind, table.rows)),
    [table, kind],
  );
  const header = (
    <>
      <p>
        {t('csvFile', {
          name: fileName,
          encoding: ENCODING_NAMES[table.encoding],
          delimiter: t(`delimiter.${table.delimiter}` as MessageKey),
          rows: t('rowCount', { count: table.rows.length }),
        })}
      </p>
      <label className="inline-field">
        <span>{t('csvTable')}</span>
        <select value={kind} onChange={(event) => setKind(event.target.value as ImportTable)}>
          {[...TABLE_KINDS, 'exchangeLog' as const].map((k) => (
            <option key={k} value={k}>
              {t(`table.${k}`)}
            </option>
          ))}
        </select>
      </label>
    </>
  );
  return kind === 'exchangeLog' ? (
    <ExchangeLogImportDialog table={table} header={header} onClose={onClose} />
  ) : (
    <NodeTableImport
      key={kind}
      kind={kind}
      table={table}
      header={header}
      firstRowIsData={file.headerless ? null : firstRowIsData}
      onFirstRowIsData={setFirstRowIsData}
      mapping={mappings[kind] ?? guessed}
      onMapping={(mapping) => setMappings({ ...mappings, [kind]: mapping })}
      onClose={onClose}
    />
  );
}

interface NodeTableImportProps {
  kind: TableKind;
  table: CsvTable;
  header: ReactNode;
  /**
   * Whether the file is read as having no columns' names (see firstRowAsData); null when it
   * could not be read otherwise, as a single row of data.
   */
  firstRowIsData: boolean | null;
  onFirstRowIsData(firstRowIsData: boolean): void;
  /** The field each column is read as, by its place; null for a column left out. */
  mapping: (string | null)[];
  onMapping(mapping: (string | null)[]): void;
  onClose(): void;
}

/** A column by its name in the file, or by its place when the file names none. */
function columnName(table: CsvTable, column: number, t: Translate): string {
  return table.headers[column] || t('columnNumber', { number: column + 1 });
}

/** What a column's choice of field is labelled: “Column “Name”” or, unnamed, “Column 2”. */
function columnLabel(table: CsvTable, column: number, t: Translate): string {
  const header = table.headers[column];
  return header ? t('columnField', { header }) : columnName(table, column, t);
}

function NodeTableImport({
  kind,
  table,
  header,
  firstRowIsData,
  onFirstRowIsData,
  mapping,
  onMapping,
  onClose,
}: NodeTableImportProps) {
  const t = useT();
  const nodes = useApp(selectNodes);
  const edges = useApp(selectEdges);
  const applyCsvImport = useApp((s) => s.applyCsvImport);
  const [updateExisting, setUpdateExisting] = useState(true);
  const plan = useMemo(
    () => planImport(table, kind, mapping, strategyGraphOf(nodes, edges)),
    [table, kind, mapping, nodes, edges],
  );
  const importable = plan.additions.length + (updateExisting ? plan.updates.length : 0);
  const gazetteer = useGazetteer();
  const [placing, setPlacing] = useState(false);
  const [unplaced, setUnplaced] = useState<PlaceLookup[] | 'failed' | null>(null);
  const limitId = useId();

  // Partner cities come without coordinates from most sheets: they are looked up by name and
  // country, and those not found are listed once the import is done.
  const confirm = async () => {
    const lookups = placesToLookUp(plan, strategyGraphOf(nodes, edges));
    let placed = plan;
    let missing: PlaceLookup[] | 'failed' = [];
    if (lookups.length > 0) {
      setPlacing(true);
      try {
        const found = await gazetteer.find(lookups);
        placed = withFoundPlaces(plan, lookups, found);
        missing = lookups.filter((_, i) => !found[i]);
      } catch {
        missing = 'failed';
      }
    }
    // Refused, it closes all the same: the notice saying why cannot be read behind the dialog,
    // and trying again would be refused again.
    if (!applyCsvImport(placed, updateExisting)) {
      onClose();
      return;
    }
    if (missing === 'failed' || missing.length > 0) setUnplaced(missing);
    else onClose();
  };

  if (unplaced) return <UnplacedCities unplaced={unplaced} onClose={onClose} />;

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
            disabled={importable === 0 || placing || plan.limitPassed !== null}
            aria-describedby={plan.limitPassed ? limitId : undefined}
            onClick={() => void confirm()}
          >
            {placing ? t('placingCities') : t('confirmImport')}
          </button>
        </>
      }
    >
      {header}
      {firstRowIsData !== null && (
        <label className="check-row">
          <input
            type="checkbox"
            checked={firstRowIsData}
            onChange={(event) => onFirstRowIsData(event.target.checked)}
          />
          <span>{t('csvFirstRowIsData')}</span>
        </label>
      )}
      <fieldset className="column-mapping">
        <legend>{t('columnMapping')}</legend>
        {table.headers.map((_, column) => (
          <label key={column} className="inline-field">
            <span>{columnLabel(table, column, t)}</span>
            <select
              value={mapping[column] ?? ''}
              onChange={(event) =>
                onMapping(
                  table.headers.map((_, i) =>
                    i === column ? event.target.value || null : (mapping[i] ?? null),
                  ),
                )
              }
            >
              <option value="">{t('ignoreColumn')}</option>
              {tableFields(kind).map((field) => (
                <option key={field.key} value={field.key}>
                  {t(`field.${field.key}` as MessageKey)}
                </option>
              ))}
            </select>
          </label>
        ))}
      </fieldset>
      <table className="csv-preview" aria-label={t('preview')}>
        <thead>
          <tr>
            {table.headers.map((_, i) => (
              <th key={i}>{columnName(table, i, t)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.slice(0, PREVIEW_ROWS).map((row, r) => (
            <tr key={r}>
              {table.headers.map((_, c) => (
                <td key={c}>{row[c] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {plan.nameUnmapped && (
        <p className="csv-hint" role="note">
          {t(kind === 'project' ? 'csvNoTitleColumn' : 'csvNoNameColumn')}
        </p>
      )}
      <ProblemRows problems={plan.problems} describe={(p) => describeProblem(p, t)} />
      {plan.repeats.length > 0 && <p>{t('csvRepeats', { rows: plan.repeats.join(', ') })}</p>}
      <p>
        {t('importCounts', {
          added: t('newEntries', { count: plan.additions.length }),
          matches: t('matchingEntries', { count: plan.updates.length }),
        })}
      </p>
      <ImportLimitAlert passed={plan.limitPassed} id={limitId} />
      {plan.updates.length > 0 && (
        <label className="check-row">
          <input
            type="checkbox"
            checked={updateExisting}
            onChange={(event) => setUpdateExisting(event.target.checked)}
          />
          <span>{t('updateExisting')}</span>
        </label>
      )}
    </Dialog>
  );
}
