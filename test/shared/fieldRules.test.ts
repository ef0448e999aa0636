import { describe, expect, it } from 'vitest';
import facts from '../../assets/seoul-2018-facts.json';
import { planImport, type CsvTable } from '../../shared/exchange/csvImport';
import {
  parseStrategyFile,
  serializeStrategy,
  type FileFault,
} from '../../shared/format/strategyFile';
import { en } from '../../shared/i18n/en';
import { FIELD_ERROR_MESSAGES } from '../../shared/i18n/fieldErrors';
import { ko } from '../../shared/i18n/ko';
import {
  FUNDING_LINE_FIELDS,
  fieldValueSchema,
  hasControlCharacters,
  NODE_FIELDS,
  parseFieldInput,
  STRATEGY_FIELDS,
  type FieldDef,
} from '../../shared/model/fields';
import type { Strategy } from '../../shared/model/graph';
import { DEFAULT_PIPELINE_SETTINGS } from '../../shared/pipeline/gates';
import { SHOW_EVERYTHING } from '../../shared/map/filters';
import type { SeoulFacts } from '../../shared/sample/seoulFacts';
import { buildSeoulSample } from '../../shared/sample/seoulSample';
import { edge, node } from './fixtures';

const field = (kind: keyof typeof NODE_FIELDS, key: string): FieldDef =>
  (NODE_FIELDS[kind] as readonly FieldDef[]).find((f) => f.key === key)!;

const C0 = Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i));
const BIDI = [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069].map((c) =>
  String.fromCharCode(c),
);
const DEL = '\u007f';
const LINE_BREAKS_AND_TAB = ['\t', '\n', '\r'];

const hex = (char: string) => `U+${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

function strategyWith(patch: (s: Strategy) => void): string {
  const project = node('project', 'p1', 'Metro');
  const strategy: Strategy = {
    id: 'local',
    title: 'Plan',
    titleKo: '계획',
    organization: '',
    author: '',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    pipeline: structuredClone(DEFAULT_PIPELINE_SETTINGS),
    filters: SHOW_EVERYTHING,
    views: [],
    votes: [],
    nodes: [node('goal', 'g1', 'Vision'), node('partnerCity', 'c1', 'Hanoi'), project],
    edges: [edge('e1', 'servesGoal', 'c1', 'g1')],
  };
  patch(strategy);
  return serializeStrategy(strategy, '2026-01-02T00:00:00.000Z');
}

const dataOf = (s: Strategy, id: string) =>
  s.nodes.find((n) => n.id === id)!.data as Record<string, unknown>;

/** A refused file's fault, and where it is, as `strategy.nodes[1].data.name`. */
function refusal(text: string): { fault: FileFault; place: string } {
  const parsed = parseStrategyFile(text);
  if (parsed.ok || parsed.problem.code !== 'invalid') throw new Error('expected an invalid file');
  const { fault } = parsed.problem;
  if (!('at' in fault)) return { fault, place: '' };
  const { at } = fault;
  if (at.record === 'strategy') return { fault, place: `strategy.${at.field}` };
  const list = at.record === 'node' ? 'nodes' : 'edges';
  const records = (JSON.parse(text) as { strategy: Record<string, { id: string }[]> }).strategy[
    list
  ]!;
  const index = records.findIndex((r) => r.id === at.id);
  return { fault, place: `strategy.${list}[${index}].${at.field}` };
}

/** Where a refused file's field is, and the rule it breaks. */
function invalidField(text: string): string {
  const { fault, place } = refusal(text);
  return `${place}: ${fault.code === 'field' ? fault.error : fault.code}`;
}

describe('control characters', () => {
  it('are refused in single-line text: every C0 character, DEL and bidirectional controls', () => {
    const name = field('partnerCity', 'name');
    for (const char of [...C0, DEL, ...BIDI])
      expect(parseFieldInput(name, `Ha${char}noi`), hex(char)).toEqual({
        ok: false,
        error: 'control',
      });
    expect(parseFieldInput(name, 'Hà Nội 하노이 (Việt Nam) ‏')).toEqual({
      ok: true,
      value: 'Hà Nội 하노이 (Việt Nam) ‏',
    });
  });

  it('are refused in long text too, which keeps its tab and line breaks', () => {
    const notes = field('partnerCity', 'notes');
    for (const char of [...C0, DEL, ...BIDI]) {
      const expected = LINE_BREAKS_AND_TAB.includes(char)
        ? { ok: true, value: `a${char}b` }
        : { ok: false, error: 'control' };
      expect(parseFieldInput(notes, `a${char}b`), hex(char)).toEqual(expected);
    }
  });

  it('have a message in both languages', () => {
    const key = FIELD_ERROR_MESSAGES.control;
    expect(en[key]).toMatch(/control characters/);
    expect(ko[key]).toMatch(/제어 문자/);
  });

  it('are refused by CSV import with the same rule', () => {
    const table: CsvTable = {
      encoding: 'utf-8',
      delimiter: ',',
      headers: ['Name', 'Notes'],
      rows: [
        ['Evil\u202Egnp.exe', ''],
        ['Lima', 'first line\nsecond line'],
      ],
    };
    const plan = planImport(table, 'partnerCity', ['name', 'notes'], { nodes: [], edges: [] });
    expect(plan.problems).toEqual([
      {
        row: 2,
        problems: [
          { code: 'missingName' },
          { code: 'badValue', field: 'name', value: 'Evil\u202Egnp.exe', error: 'control' },
        ],
      },
    ]);
    expect(plan.additions.map((a) => a.data.notes)).toEqual(['first line\nsecond line']);
  });

  it('are refused in every text of a strategy file, each pointed at', () => {
    const cases: [string, (s: Strategy) => void][] = [
      ['strategy.title', (s) => (s.title = 'Plan\u202E')],
      ['strategy.titleKo', (s) => (s.titleKo = '계획\u202E')],
      ['strategy.organization', (s) => (s.organization = 'SMG\u0000')],
      ['strategy.author', (s) => (s.author = 'A\tB')],
      [
        'strategy.pipeline.gates.award[0].label',
        (s) => (s.pipeline.gates.award[0]!.label = 'Bid\u2066'),
      ],
      [
        'strategy.pipeline.gates.award[0].labelKo',
        (s) => (s.pipeline.gates.award[0]!.labelKo = '입찰\u0007'),
      ],
      ['strategy.nodes[1].data.name', (s) => (dataOf(s, 'c1').name = 'Ha\u001bnoi')],
      ['strategy.nodes[1].data.nameKo', (s) => (dataOf(s, 'c1').nameKo = '하노이\n')],
      ['strategy.nodes[1].data.notes', (s) => (dataOf(s, 'c1').notes = 'bell\u0007')],
      [
        'strategy.nodes[2].data.history[0].note',
        (s) =>
          (dataOf(s, 'p1').history = [
            { date: '2026-01-01', from: null, to: 'discovery', note: '\u0008' },
          ]),
      ],
      [
        'strategy.nodes[2].data.funding[0].funder',
        (s) =>
          (dataOf(s, 'p1').funding = [
            { id: 'f1', source: 'mdb', funder: 'ADB\u202D', amountKrw: null, sharePercent: null },
          ]),
      ],
      ['strategy.nodes[0].id', (s) => (s.nodes[0] = { ...s.nodes[0]!, id: 'g\u00001' })],
    ];
    for (const [path, patch] of cases) {
      expect(invalidField(strategyWith(patch)), path).toBe(`${path}: control`);
    }
  });

  it('are allowed where a text may hold them: tab and line breaks in long text', () => {
    const text = strategyWith((s) => {
      dataOf(s, 'c1').notes = 'line one\r\nline two\n\tindented';
      dataOf(s, 'p1').history = [
        { date: '2026-01-01', from: null, to: 'discovery', note: 'reason:\nfunding late' },
      ];
    });
    expect(parseStrategyFile(text).ok).toBe(true);
  });

  it('are named by one predicate', () => {
    expect(hasControlCharacters('a\nb')).toBe(true);
    expect(hasControlCharacters('a\nb', true)).toBe(false);
    expect(hasControlCharacters('a\u2069b', true)).toBe(true);
    expect(hasControlCharacters('a\u200fb')).toBe(false);
  });
});

describe('one rule per field', () => {
  it('refuses 2026-02-31 in the inspector and in a file alike', () => {
    const lastContact = field('partnerCity', 'lastContact');
    expect(parseFieldInput(lastContact, '2026-02-31')).toEqual({
      ok: false,
      error: 'noSuchDate',
    });
    expect(invalidField(strategyWith((s) => (dataOf(s, 'c1').lastContact = '2026-02-31')))).toBe(
      'strategy.nodes[1].data.lastContact: noSuchDate',
    );
    expect(
      parseStrategyFile(strategyWith((s) => (dataOf(s, 'c1').lastContact = '2024-02-29'))).ok,
    ).toBe(true);
  });

  it('reads a day as officers write it, and keeps it as YYYY-MM-DD', () => {
    const lastContact = field('partnerCity', 'lastContact');
    for (const typed of [
      '2018-07-01',
      '2018.7.1',
      '2018. 7. 1.',
      '2018/07/01',
      '20180701',
      '2018년 7월 1일',
      ' 2018-7-1 ',
    ])
      expect(parseFieldInput(lastContact, typed), typed).toEqual({ ok: true, value: '2018-07-01' });
    // Written as a day, but not one the calendar has: said so, not asked for another form.
    for (const typed of ['2018. 2. 30.', '2018.13.1'])
      expect(parseFieldInput(lastContact, typed), typed).toEqual({
        ok: false,
        error: 'noSuchDate',
      });
    for (const typed of ['7/1/2018', 'July 1, 2018', '2018-07', '18.7.1'])
      expect(parseFieldInput(lastContact, typed), typed).toEqual({ ok: false, error: 'date' });
    expect(parseFieldInput(lastContact, '')).toEqual({ ok: true, value: '' });
  });

  it('takes only real calendar days as stage history dates', () => {
    for (const date of ['2026-02-31', '2026-13-01', '', '2026-3-1', '2026-03-01T00:00']) {
      const text = strategyWith(
        (s) => (dataOf(s, 'p1').history = [{ date, from: null, to: 'discovery', note: '' }]),
      );
      expect(refusal(text).place, date).toBe('strategy.nodes[2].data.history[0].date');
    }
  });

  it('gives the file and the inspector the same verdict on every kind of value', () => {
    const samples: [keyof typeof NODE_FIELDS, string, string[]][] = [
      ['partnerCity', 'name', ['Hanoi', '', '   ', 'x'.repeat(5000), 'x'.repeat(5001), 'A\u0085B']],
      ['partnerCity', 'since', ['1968', '1799', '2101', '2020.5', '']],
      ['partnerCity', 'lastContact', ['2024-02-29', '2023-02-29', '2026-04-31', '']],
      ['partnerCity', 'relation', ['sister', 'cousin']],
      ['network', 'membershipFeeKrw', ['0', '1000000000000000', '1000000000000001', '']],
      ['project', 'notes', ['a\nb', 'a\u0000b', 'x'.repeat(5001)]],
    ];
    for (const [kind, key, inputs] of samples) {
      const def = field(kind, key);
      const schema = fieldValueSchema(def);
      for (const input of inputs) {
        const typed = parseFieldInput(def, input);
        if (!typed.ok) continue;
        // What the inspector stores, the file schema takes back.
        expect(schema.safeParse(typed.value).success, `${key} ${input.slice(0, 20)}`).toBe(true);
      }
    }
    // And values the inspector can never produce are refused by both.
    expect(fieldValueSchema(field('partnerCity', 'since')).safeParse(1799).success).toBe(false);
    expect(fieldValueSchema(field('partnerCity', 'relation')).safeParse('cousin').success).toBe(
      false,
    );
  });

  it('round-trips a funder name as long as the inspector allows', () => {
    const funder = FUNDING_LINE_FIELDS.find((f) => f.key === 'funder')!;
    const long = 'F'.repeat(1200);
    expect(parseFieldInput(funder, long)).toEqual({ ok: true, value: long });
    const text = strategyWith(
      (s) =>
        (dataOf(s, 'p1').funding = [
          { id: 'f1', source: 'mdb', funder: long, amountKrw: 5, sharePercent: 50 },
        ]),
    );
    const parsed = parseStrategyFile(text);
    expect(parsed.ok).toBe(true);
  });

  it('takes names and titles left empty in a file, as the inspector does', () => {
    const text = strategyWith((s) => {
      dataOf(s, 'c1').name = '';
      dataOf(s, 'c1').nameKo = '하노이';
      dataOf(s, 'g1').title = '';
      s.title = '';
      s.titleKo = '';
    });
    const parsed = parseStrategyFile(text);
    expect(parsed.ok).toBe(true);
    expect(parseFieldInput(STRATEGY_FIELDS.title, ' ')).toEqual({ ok: true, value: '' });
    expect(parseFieldInput(STRATEGY_FIELDS.titleKo, '서울\u0007')).toEqual({
      ok: false,
      error: 'control',
    });
  });

  it('gives strategy texts their own length, with the limit in the message', () => {
    expect(parseFieldInput(STRATEGY_FIELDS.title, 'T'.repeat(500)).ok).toBe(true);
    expect(parseFieldInput(STRATEGY_FIELDS.title, 'T'.repeat(501))).toEqual({
      ok: false,
      error: 'tooLong',
    });
    expect(refusal(strategyWith((s) => (s.author = 'A'.repeat(501))))).toEqual({
      place: 'strategy.author',
      fault: expect.objectContaining({ code: 'field', error: 'tooLong', maximum: 500 }),
    });
  });

  it('takes back every text of the sample strategy', () => {
    const sample = buildSeoulSample(facts as SeoulFacts, '2026-01-01T00:00:00.000Z');
    const parsed = parseStrategyFile(
      serializeStrategy({ ...sample, id: 'sample' }, '2026-01-02T00:00:00.000Z'),
    );
    expect(parsed.ok).toBe(true);
  });
});
