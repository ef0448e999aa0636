import type { StateCreator } from 'zustand';
import { fileNameFor, MAX_FILE_BYTES } from '../../shared/format/strategyFile';
import { EMPTY_CHANGE } from '../../shared/model/change';
import type { StrategyNode } from '../../shared/model/graph';
import { newId } from '../../shared/model/ids';
import { nodesFromPlan, readCsvTable } from '../../shared/exchange/csvImport';
import type { SaveFileRequest } from '../../shared/host/bridge';
import { translator } from '../../shared/i18n/translate';
import { toGraphml } from '../../shared/exchange/graphml';
import { toJsonCanvas } from '../../shared/exchange/jsonCanvas';
import { tableCsv, TABLE_KINDS } from '../../shared/exchange/tables';
import { drawingModel } from '../../shared/report/drawingModel';
import { graphSvg } from '../../shared/report/graphSvg';
import { drawPng } from '../exchange/drawPng';
import { indexById, strategyGraphOf, toStrategyNode } from './flow';
import type { AppState, ExchangeSlice, SliceContext } from './types';

const CSV_FILTERS = [{ name: 'CSV', extensions: ['csv', 'txt'] }];

/** Files that leave the app for other tools: canvas, graph, spreadsheet and image formats. */
export const createExchangeSlice =
  ({ deps }: SliceContext): StateCreator<AppState, [], [], ExchangeSlice> =>
  (_set, get) => {
    const current = () => {
      const { openMeta, nodes, edges, language } = get();
      return openMeta
        ? {
            meta: openMeta,
            graph: strategyGraphOf(nodes, edges),
            language,
            t: translator(language),
          }
        : null;
    };

    const save = async (request: SaveFileRequest) => {
      try {
        const result = await deps.bridge.saveFile(request);
        if (result.status === 'saved')
          get().showNotice({ tone: 'info', key: 'exported', values: { name: result.name } });
      } catch (error) {
        get().showNotice({ tone: 'error', key: 'exportFailed', values: { error: String(error) } });
      }
    };

    return {
      async openCsvFile() {
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
        const read = readCsvTable(opened.bytes);
        if (!read.ok) {
          get().showNotice({
            tone: 'error',
            key: 'csvUnreadable',
            values: { reason: { key: `csv.${read.problem}` } },
          });
          return null;
        }
        return { name: opened.name, table: read.table };
      },

      applyCsvImport(plan, updateExisting) {
        const { nodes, edges } = get();
        const graph = strategyGraphOf(nodes, edges);
        const added = nodesFromPlan(plan, graph, () => newId(plan.kind), get().today());
        const index = indexById(nodes);
        const updated = updateExisting
          ? plan.updates.flatMap(({ id, patch }) => {
              const node = index.get(id);
              return node
                ? [{ ...toStrategyNode(node), data: { ...node.data, ...patch } } as StrategyNode]
                : [];
            })
          : [];
        get().commit({ ...EMPTY_CHANGE, putNodes: [...added, ...updated] });
        get().showNotice({
          tone: 'info',
          key: 'csvImported',
          values: { added: added.length, updated: updated.length },
        });
      },

      async exportJsonCanvas() {
        const open = current();
        if (!open) return;
        await save({
          suggestedName: fileNameFor(open.meta.title, 'canvas'),
          content: toJsonCanvas(open.graph, open.language, open.t),
          mimeType: 'application/json',
          filters: [{ name: 'JSON Canvas', extensions: ['canvas'] }],
        });
      },

      async exportGraphml() {
        const open = current();
        if (!open) return;
        await save({
          suggestedName: fileNameFor(open.meta.title, 'graphml'),
          content: toGraphml(open.graph, open.language),
          mimeType: 'application/xml',
          filters: [{ name: 'GraphML', extensions: ['graphml'] }],
        });
      },

      async exportCsv() {
        const open = current();
        if (!open) return;
        for (const kind of TABLE_KINDS)
          await save({
            suggestedName: fileNameFor(
              `${open.meta.title} - ${open.t(kind === 'project' ? 'section.projects' : 'section.partners')}`,
              'csv',
            ),
            content: tableCsv(open.graph, kind, open.t),
            mimeType: 'text/csv;charset=utf-8',
            filters: [{ name: 'CSV', extensions: ['csv'] }],
          });
      },

      async exportImage() {
        const open = current();
        if (!open) return;
        await save({
          suggestedName: fileNameFor(open.meta.title, 'svg'),
          content: graphSvg(open.graph, open.language, open.t).svg,
          mimeType: 'image/svg+xml',
          filters: [{ name: 'SVG', extensions: ['svg'] }],
        });
        try {
          const png = await drawPng(drawingModel(open.graph, open.language, open.t));
          await save({
            suggestedName: fileNameFor(open.meta.title, 'png'),
            content: png,
            mimeType: 'image/png',
            filters: [{ name: 'PNG', extensions: ['png'] }],
          });
        } catch (error) {
          get().showNotice({
            tone: 'error',
            key: 'exportFailed',
            values: { error: String(error) },
          });
        }
      },
    };
  };
