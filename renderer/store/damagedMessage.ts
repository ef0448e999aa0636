import { isMessageKey, type MessageKey } from '../../shared/i18n/translate';
import type { DamagedRecord } from '../../shared/format/recordPlace';
import type { FileFault, FileProblem } from '../../shared/format/strategyFile';
import { FIELD_ERROR_MESSAGES } from '../../shared/i18n/fieldErrors';
import { formatCount } from '../../shared/i18n/formatNumbers';
import { shownName, strategyTitle } from '../../shared/model/names';
import type { Language } from '../../shared/model/graph';
import type { DamagedStrategyError, StrategySummary } from '../persistence/database';
import { describeError } from './describeError';
import type { Message } from './types';

/**
 * What the inspector, the pipeline and the dialogs call the parts of a record that have no
 * field label of their own, by where they are in it: a damaged value is named as the user
 * sees it, not by its path.
 */
const PART_NAMES: Record<DamagedRecord['record'], [RegExp, MessageKey][]> = {
  node: [
    [/^kind\b/, 'recordKind'],
    [/^id\b/, 'recordId'],
    [/^position\b/, 'field.position'],
    [/^data\.history\b/, 'stageHistory'],
    [/^data\.funding\b/, 'fundingLines'],
    [/^data\.gateChecks\b/, 'field.gateChecks'],
    [/^data\.exchanges\b/, 'exchanges'],
    [/^data\.measures\b/, 'measures'],
  ],
  edge: [
    [/^id\b/, 'recordId'],
    [/^kind\b/, 'edgeKind'],
    [/^(source|target)\b/, 'field.edgeEnds'],
  ],
  strategy: [
    [/^nodes\b/, 'legend.nodes'],
    [/^edges\b/, 'legend.relationships'],
    [/^organization\b/, 'reportOrganization'],
    [/^pipeline\b/, 'pipelineSettings'],
    [/^filters\b/, 'filters'],
    [/^views\b/, 'savedViews'],
    [/^votes\b/, 'votesTable'],
    [/^asOf\b/, 'asOfDate'],
    [/^activity\b/, 'activityView'],
    [/^details\b/, 'strategyDetails'],
    [/^home\b/, 'homeCity'],
  ],
};

/** The field a damaged value is in: its label where it has one (`data.status` is "Status"). */
function fieldOf(record: DamagedRecord['record'], path: string): string | Message {
  const part = PART_NAMES[record].find(([where]) => where.test(path));
  if (part) return { key: part[1] };
  const key = `field.${/^(?:data\.)?(\w+)/.exec(path)?.[1] ?? ''}`;
  return isMessageKey(key) ? { key } : path;
}

/** A name as long as a sentence can carry: the damage may be its length. */
function shortened(name: string): string {
  return name.length > LONGEST_NAME ? `${name.slice(0, LONGEST_NAME - 1)}…` : name;
}
const LONGEST_NAME = 60;

/** Which record is damaged, by name where one can be read, else by id. */
export function recordMessage(first: DamagedRecord, language: Language): Message {
  const field = fieldOf(first.record, first.field);
  if (first.record === 'strategy') return { key: 'damagedStrategy', values: { field } };
  const name = shortened(shownName(first.names, language).text);
  const node = first.record === 'node';
  if (name) return { key: node ? 'damagedNode' : 'damagedEdge', values: { name, field } };
  if (first.id)
    return { key: node ? 'damagedNodeById' : 'damagedEdgeById', values: { id: first.id, field } };
  return { key: node ? 'damagedUnreadableNode' : 'damagedUnreadableEdge' };
}

/**
 * What the user is told when a strategy's saved data is found damaged: which record, where; on
 * opening or copying it, or (`exportDamaged`) on exporting it.
 */
export function damagedMessage(
  error: DamagedStrategyError,
  language: Language,
  key: 'savedDataDamaged' | 'exportDamaged' = 'savedDataDamaged',
): Message {
  const { strategyNames, first, count } = error;
  return {
    key,
    values: {
      title: strategyTitle({ title: strategyNames.en, titleKo: strategyNames.ko }, language),
      count,
      record: recordMessage(first, language),
    },
  };
}

/** What a failed view adds when the strategy it shows has a damaged record: the likely cause. */
export function viewDamageMessage(error: DamagedStrategyError, language: Language): Message {
  return {
    key: 'viewFailedDamage',
    values: { count: error.count, record: recordMessage(error.first, language) },
  };
}

/**
 * What the user is told when a strategy could not be read for a reason other than damage (the
 * database closed under the window, the disk failing): which strategy, and the error's own words.
 */
export function openFailedMessage(
  error: unknown,
  library: readonly StrategySummary[] | null,
  id: string,
  language: Language,
): Message {
  const text = describeError(error);
  const summary = library?.find((strategy) => strategy.id === id);
  return summary
    ? { key: 'openFailed', values: { title: strategyTitle(summary, language), error: text } }
    : { key: 'libraryActionFailed', values: { error: text } };
}

/** Why a file's content was refused, where in it, in the user's language. */
function faultMessage(fault: FileFault, language: Language): Message {
  switch (fault.code) {
    case 'field': {
      const reason: Message =
        fault.maximum !== undefined
          ? {
              key: 'errorTooLongAtMost',
              values: { maximum: formatCount(fault.maximum, language) },
            }
          : { key: FIELD_ERROR_MESSAGES[fault.error] };
      return { key: 'fileFaultField', values: { at: recordMessage(fault.at, language), reason } };
    }
    case 'value':
    case 'duplicateId':
    case 'missingEnd':
      return {
        key: FAULT_KEYS[fault.code],
        values: { at: recordMessage(fault.at, language) },
      };
    case 'notAllowed':
      return {
        key: 'fileFaultNotAllowed',
        values: {
          at: recordMessage(fault.at, language),
          kind: { key: `edge.${fault.kind}` as MessageKey },
          source: { key: `kind.${fault.source}` },
          target: { key: `kind.${fault.target}` },
        },
      };
    case 'tooMany':
      return {
        key: 'fileFaultTooMany',
        values: {
          at: recordMessage(fault.at, language),
          maximum: formatCount(fault.maximum, language),
        },
      };
    case 'version':
      return { key: 'fileFaultVersion' };
    case 'noUpgrade':
      return { key: 'fileFaultNoUpgrade', values: { version: fault.version } };
  }
}

const FAULT_KEYS: Record<'value' | 'duplicateId' | 'missingEnd', MessageKey> = {
  value: 'fileFaultValue',
  duplicateId: 'fileFaultDuplicateId',
  missingEnd: 'fileFaultMissingEnd',
};

/** Why a file could not be imported, as the notice says it. */
export function problemMessage(problem: FileProblem, language: Language): Message {
  switch (problem.code) {
    case 'tooLarge':
      return { key: 'problemTooLarge' };
    case 'notJson':
      return { key: 'problemNotJson' };
    case 'notStrategyFile':
      return { key: 'problemNotStrategyFile' };
    case 'newerVersion':
      return { key: 'problemNewerVersion', values: { version: problem.version } };
    case 'invalid':
      // Too many of something is no damage: the file is whole, and larger than the app opens.
      if (problem.fault.code === 'tooMany') return faultMessage(problem.fault, language);
      return { key: 'problemInvalid', values: { detail: faultMessage(problem.fault, language) } };
  }
}
