import { noticeError } from './describeError';
import type { StateCreator } from 'zustand';
import { fileNameFor, MAX_FILE_BYTES } from '../../shared/format/strategyFile';
import { strategyTitle } from '../../shared/model/names';
import { EMPTY_CHANGE } from '../../shared/model/change';
import { newId } from '../../shared/model/ids';
import { nodesFromPlan, updatedByRow } from '../../shared/exchange/csvImport';
import { DEFAULT_GATES } from '../../shared/pipeline/gates';
import type { SaveFileRequest } from '../../shared/host/bridge';
import { formatCount } from '../../shared/i18n/formatNumbers';
import { translator } from '../../shared/i18n/translate';
import { toGraphml } from '../../shared/exchange/graphml';
import { toJsonCanvas } from '../../shared/exchange/jsonCanvas';
import { votesCsv } from '../../shared/exchange/votesExport';
import { tableCsv, TABLE_KINDS } from '../../shared/exchange/tables';
import { exchangeLogCsv } from '../../shared/exchange/exchangeLogCsv';
import { measuresCsv } from '../../shared/exchange/measuresCsv';
import { measuresOf } from '../../shared/activity/measures';
import { drawingModel } from '../../shared/report/drawingModel';
import { graphSvg } from '../../shared/report/graphSvg';
import { drawPng } from '../exchange/drawPng';
import { asOfDate } from '../../shared/activity/asOf';
import { withoutIdeas } from '../../shared/report/workshopReport';
import { selectShownGraph } from './shownGraph';
import type { Progress } from '../exchange/fileParser';
import { indexById, strategyGraphOf, toStrategyNode } from './flow';
import { limitNotice } from './limitNotice';
import type { AppState, ExchangeSlice, SliceContext } from './types';

const CSV_FILTERS = [{ name: 'CSV', extensions: ['csv', 'txt'] }];
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * Runs `work` while the window shows how far reading a file has got, and hides the progress
 * however `work` ends. The store changes only when the whole percent does.
 */
export async function withFileProgress<T>(
  set: (partial: Pick<AppState, 'fileProgress'>) => void,
  work: (report: Progress) => Promise<T>,
): Promise<T> {
  let shown = -1;
  const report: Progress = (fraction) => {
    const percent = Math.min(100, Math.max(0, Math.floor(fraction * 100)));
    if (percent === shown) return;
    shown = percent;
    set({ fileProgress: percent });
  };
  report(0);
  try {
    return await work(report);
  } finally {
    set({ fileProgress: null });
  }
}

/** Files that leave the app for other tools: canvas, graph, spreadsheet and image formats. */
export const createExchangeSlice =
  ({ deps }: SliceContext): StateCreator<AppState, [], [], ExchangeSlice> =>
  (set, get) => {
    const current = () => {
      const { openMeta, nodes, edges, language } = get();
      return openMeta
        ? {
            meta: openMeta,
            title: strategyTitle(openMeta, language),
            graph: strategyGraphOf(nodes, edges),
            language,
            t: translator(language),
          }
        : null;
    };

    /**
     * An export of one or more files, each written by the `save` it is handed. The first failure
     * ends it and is shown: a later file saved fine must not replace that notice with a success.
     * Once done, one notice names every file saved, not only the last.
     */
    const exporting = async (
      work: (
        open: NonNullable<ReturnType<typeof current>>,
        save: (request: SaveFileRequest) => Promise<void>,
      ) => Promise<void>,
    ) => {
      const open = current();
      if (!open) return;
      const saved: string[] = [];
      try {
        await work(open, async (request) => {
          const result = await deps.bridge.saveFile(request);
          if (result.status === 'saved') saved.push(result.name);
        });
      } catch (error) {
        get().showNotice({ tone: 'error', key: 'exportFailed', values: { error: String(error) } });
        return;
      }
      if (saved.length === 1)
        get().showNotice({ tone: 'info', key: 'exported', values: { name: saved[0]! } });
      else if (saved.length > 1)
        get().showNotice({
          tone: 'info',
          key: 'exportedFiles',
          values: {
            count: formatCount(saved.length, open.language),
            names: saved.map((name) => `“${name}”`).join(', '),
          },
        });
    };

    return {
      fileProgress: null,

      async openCsvFile() {
        try {
          const opened = await deps.bridge.openFile({
            filters: CSV_FILTERS,
            maxBytes: MAX_FILE_BYTES,
            as: 'bytes',
          });
          if (opened.status === 'cancelled') return null;
          if (opened.status !== 'openedBytes') {
            get().showNotice({
              tone: 'error',
              key: 'csvUnreadable',
              values: { reason: { key: 'problemTooLarge' } },
            });
            return null;
          }
          const read = await withFileProgress(set, (report) =>
            deps.parseFiles.csvFile(opened.bytes, report),
          );
          if (!read.ok) {
            get().showNotice({
              tone: 'error',
              key: 'csvUnreadable',
              values: {
                reason: {
                  key: `csv.${read.problem}`,
                  values: read.row === undefined ? {} : { row: read.row },
                },
              },
            });
            return null;
          }
          // What was said of a file that could not be read is not about this one.
          if (get().notice?.key === 'csvUnreadable') get().dismissNotice();
          return { name: opened.name, table: read.table };
        } catch (error) {
          get().showNotice({
            tone: 'error',
            key: 'csvReadFailed',
            values: { error: noticeError(error) },
          });
          return null;
        }
      },

      applyCsvImport(plan, updateExisting) {
        if (plan.limitPassed) {
          get().showNotice(limitNotice(plan.limitPassed, get().language));
          return false;
        }
        const { nodes, edges } = get();
        const graph = strategyGraphOf(nodes, edges);
        const added = nodesFromPlan(plan, graph, () => newId(plan.kind), get().today());
        const index = indexById(nodes);
        const move = {
          date: get().today(),
          note: translator(get().language)('stageSetByImport'),
          gates: get().openMeta?.pipeline.gates ?? DEFAULT_GATES,
        };
        const updated = updateExisting
          ? plan.updates.flatMap(({ id, patch }) => {
              const node = index.get(id);
              return node ? [updatedByRow(toStrategyNode(node), patch, move)] : [];
            })
          : [];
        // A refused edit has said why: no report of an import may replace that.
        if (!get().commit({ ...EMPTY_CHANGE, putNodes: [...added, ...updated] })) return false;
        get().showNotice({
          tone: 'info',
          key: 'csvImported',
          values: {
            added: { key: 'entryCount', values: { count: added.length } },
            updated: { key: 'entryCount', values: { count: updated.length } },
          },
        });
        return true;
      },

      exportJsonCanvas: () =>
        exporting((open, save) =>
          save({
            suggestedName: fileNameFor(open.title, 'canvas'),
            content: toJsonCanvas(open.graph, open.language, open.t, open.meta.votes ?? []),
            mimeType: 'application/json',
            filters: [{ name: 'JSON Canvas', extensions: ['canvas'] }],
          }),
        ),

      exportGraphml: () =>
        exporting((open, save) =>
          save({
            suggestedName: fileNameFor(open.title, 'graphml'),
            content: toGraphml(open.graph, open.language, open.meta.votes ?? []),
            mimeType: 'application/xml',
            filters: [{ name: 'GraphML', extensions: ['graphml'] }],
          }),
        ),

      exportCsv: () =>
        exporting(async (open, save) => {
          for (const kind of TABLE_KINDS)
            await save({
              suggestedName: fileNameFor(
                `${open.title} - ${open.t(kind === 'project' ? 'section.projects' : 'section.partners')}`,
                'csv',
              ),
              content: tableCsv(open.graph, kind, open.language),
              mimeType: 'text/csv;charset=utf-8',
              filters: [{ name: 'CSV', extensions: ['csv'] }],
            });
          await save({
            suggestedName: fileNameFor(`${open.title} - ${open.t('table.exchangeLog')}`, 'csv'),
            content: exchangeLogCsv(open.graph, open.language),
            mimeType: 'text/csv;charset=utf-8',
            filters: [{ name: 'CSV', extensions: ['csv'] }],
          });
          if (open.graph.nodes.some((node) => measuresOf(node).length > 0))
            await save({
              suggestedName: fileNameFor(`${open.title} - ${open.t('table.measures')}`, 'csv'),
              content: measuresCsv(open.graph, open.language, asOfDate(open.meta, get().today())),
              mimeType: 'text/csv;charset=utf-8',
              filters: [{ name: 'CSV', extensions: ['csv'] }],
            });
          const votes = open.meta.votes ?? [];
          if (votes.length > 0)
            await save({
              suggestedName: fileNameFor(`${open.title} - ${open.t('votesTable')}`, 'csv'),
              content: votesCsv(votes, open.t),
              mimeType: 'text/csv;charset=utf-8',
              filters: [{ name: 'CSV', extensions: ['csv'] }],
            });
        }),

      exportImage: () =>
        exporting(async (open, save) => {
          // The picture is of the map as it is looked at: its focus and filters apply.
          const shown = selectShownGraph(get());
          const graph = strategyGraphOf(shown.nodes, shown.edges);
          await save({
            suggestedName: fileNameFor(open.title, 'svg'),
            content: graphSvg(graph, open.language, open.t).svg,
            mimeType: 'image/svg+xml',
            filters: [{ name: 'SVG', extensions: ['svg'] }],
          });
          await save({
            suggestedName: fileNameFor(open.title, 'png'),
            content: await drawPng(drawingModel(graph, open.language, open.t)),
            mimeType: 'image/png',
            filters: [{ name: 'PNG', extensions: ['png'] }],
          });
        }),

      exportWord: (options) =>
        exporting(async (open, save) => {
          const full = { ...open.meta, ...open.graph };
          // Ideas are raw input: the plan leaves them out unless its workshop chapter is chosen.
          const strategy = options.sections.includes('workshop') ? full : withoutIdeas(full);
          const asOf = asOfDate(strategy, get().today());
          // The Word writer and the map outlines are large, and only this needs them.
          const { wordCopyBytes } = await import('../exchange/wordCopy');
          await save({
            suggestedName: fileNameFor(open.title, 'docx'),
            content: await wordCopyBytes({
              strategy,
              language: open.language,
              t: open.t,
              sections: options.sections,
              notes: options.notes,
              date: get().today(),
              asOf,
            }),
            mimeType: DOCX_TYPE,
            filters: [{ name: 'Word', extensions: ['docx'] }],
          });
        }),
    };
  };
