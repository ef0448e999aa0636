import { describe, expect, it } from 'vitest';
import {
  parseStrategyFile,
  serializeStrategy,
  STRATEGY_FILE_FORMAT,
  STRATEGY_FILE_VERSION,
  fileNameFor,
  graphLimitPassed,
  MAX_EDGES,
  MAX_NODES,
  strategyFileText,
  utf8Length,
} from '../../shared/format/strategyFile';
import type { Strategy } from '../../shared/model/graph';
import { DEFAULT_PIPELINE_SETTINGS } from '../../shared/pipeline/gates';
import { SHOW_EVERYTHING } from '../../shared/map/filters';
import { edge, node } from './fixtures';
import { EMPTY_DETAILS } from '../../shared/model/strategyDetails';

const strategy: Strategy = {
  id: 'local-id',
  title: '',
  titleKo: '서울 도시외교 전략',
  organization: 'SMG',
  author: 'Planner',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-02T00:00:00.000Z',
  pipeline: DEFAULT_PIPELINE_SETTINGS,
  filters: SHOW_EVERYTHING,
  views: [],
  votes: [],
  details: {
    department: 'International Relations Division',
    departmentKo: '국제관계과',
    planFirstYear: 2019,
    planLastYear: 2022,
    documentVersion: '1.2',
    documentDate: '2026-01-02',
    classification: 'For internal review',
    classificationKo: '내부 검토용',
  },
  home: { name: 'Seoul', nameKo: '서울', country: 'KR', latitude: 37.566, longitude: 126.978 },
  nodes: [node('goal', 'g1', 'Vision'), node('partnerCity', 'c1', 'Hanoi')],
  edges: [edge('e1', 'servesGoal', 'c1', 'g1')],
};

function v1ProjectData() {
  const {
    history: _h,
    funding: _f,
    gateChecks: _g,
    ...fields
  } = node('project', 'p1', 'Metro').data as Record<string, unknown>;
  return fields;
}

function documentWith(patch: (doc: Record<string, any>) => void): string {
  const doc = JSON.parse(serializeStrategy(strategy, '2026-02-01T00:00:00.000Z'));
  patch(doc);
  return JSON.stringify(doc);
}

describe('a strategy exported as a file', () => {
  const at = '2026-02-01T00:00:00.000Z';

  it('is indented to be read, and written without indents where that would pass the size limit', () => {
    const indented = serializeStrategy(strategy, at);
    const compact = serializeStrategy(strategy, at, { indented: false });
    expect(compact.length).toBeLessThan(indented.length);
    expect(strategyFileText(strategy, at, utf8Length(indented))).toBe(indented);
    expect(strategyFileText(strategy, at, utf8Length(indented) - 1)).toBe(compact);
    const parsed = parseStrategyFile(compact);
    expect(parsed.ok && parsed.strategy.nodes).toEqual(strategy.nodes);
    // A file the app could not open again is not written at all.
    expect(strategyFileText(strategy, at, utf8Length(compact) - 1)).toBeNull();
  });

  it('is measured in the bytes a file holds, Korean and emoji included', () => {
    for (const text of ['', 'Seoul', '서울 도시외교', 'é', '😀 and 가', '\ud800'])
      expect(utf8Length(text)).toBe(Buffer.byteLength(text, 'utf8'));
  });
});

describe('strategy file', () => {
  it('reads back what it writes, without the local id', () => {
    const text = serializeStrategy(strategy, '2026-02-01T00:00:00.000Z');
    expect(JSON.parse(text)).toMatchObject({
      format: STRATEGY_FILE_FORMAT,
      version: STRATEGY_FILE_VERSION,
    });
    const parsed = parseStrategyFile(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const { id: _id, ...rest } = strategy;
    expect(parsed.strategy).toEqual(rest);
  });

  it('says when a file is not JSON or not a strategy', () => {
    expect(parseStrategyFile('{not json')).toEqual({ ok: false, problem: { code: 'notJson' } });
    expect(parseStrategyFile('{"nodes": []}')).toEqual({
      ok: false,
      problem: { code: 'notStrategyFile' },
    });
  });

  it('refuses a file from a newer version and names the version', () => {
    const text = documentWith((doc) => (doc.version = STRATEGY_FILE_VERSION + 1));
    expect(parseStrategyFile(text)).toEqual({
      ok: false,
      problem: { code: 'newerVersion', version: STRATEGY_FILE_VERSION + 1 },
    });
  });

  it('points at the broken field', () => {
    const text = documentWith((doc) => (doc.strategy.nodes[1].data.relation = 'cousin'));
    const parsed = parseStrategyFile(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok || parsed.problem.code !== 'invalid') throw new Error('expected invalid');
    expect(parsed.problem.fault).toMatchObject({
      code: 'field',
      error: 'option',
      at: { record: 'node', id: 'c1', field: 'data.relation' },
    });
  });

  it('refuses dangling edges, duplicate ids and edges joining the wrong kinds', () => {
    const dangling = documentWith((doc) => (doc.strategy.edges[0].target = 'nowhere'));
    const duplicate = documentWith((doc) => (doc.strategy.nodes[1].id = 'g1'));
    const wrongKinds = documentWith((doc) => (doc.strategy.edges[0].kind = 'locatedIn'));
    for (const text of [dangling, duplicate, wrongKinds])
      expect(parseStrategyFile(text).ok).toBe(false);
  });

  it('lifts a version 1 file to the current version', () => {
    const v1 = documentWith((doc) => {
      doc.version = 1;
      delete doc.strategy.pipeline;
      doc.strategy.nodes.push({
        id: 'p1',
        kind: 'project',
        position: { x: 0, y: 0 },
        data: v1ProjectData(),
      });
    });
    const parsed = parseStrategyFile(v1);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.strategy.pipeline.stalledAfterDays).toBe(180);
    expect(parsed.strategy.nodes.find((n) => n.id === 'p1')!.data).toMatchObject({
      history: [],
      funding: [],
      gateChecks: [],
    });
  });

  it('tells an addition that would make a strategy too large for a file from one that fits', () => {
    const full = (length: number) => ({ length }) as readonly unknown[];
    const graph = { nodes: full(MAX_NODES - 1), edges: full(MAX_EDGES - 1) };
    expect(graphLimitPassed(graph, { nodes: 1, edges: 1 })).toBeNull();
    expect(graphLimitPassed(graph, { nodes: 2, edges: 0 })).toEqual({
      limit: 'nodes',
      maximum: MAX_NODES,
    });
    expect(graphLimitPassed(graph, { nodes: 0, edges: 2 })).toEqual({
      limit: 'edges',
      maximum: MAX_EDGES,
    });
  });

  it('makes file names every system accepts', () => {
    expect(fileNameFor('Plan: 2026/27 "draft"', 'json')).toBe('Plan 2026 27 draft.json');
    expect(fileNameFor('   ', 'json')).toBe('strategy.json');
  });
});

describe('strategy file version 5: places and the plan’s details', () => {
  function version4(): Record<string, any> {
    const doc = JSON.parse(serializeStrategy(strategy, '2026-02-01T00:00:00.000Z'));
    doc.version = 4;
    delete doc.strategy.details;
    delete doc.strategy.home;
    for (const n of doc.strategy.nodes) {
      delete n.data.latitude;
      delete n.data.longitude;
    }
    return doc;
  }

  it('lifts a version 4 file: partner cities with no coordinates yet, no details, no home city', () => {
    const parsed = parseStrategyFile(JSON.stringify(version4()));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
    expect(parsed.strategy.home).toBeNull();
    expect(parsed.strategy.details).toEqual(EMPTY_DETAILS);
    const city = parsed.strategy.nodes.find((n) => n.id === 'c1')!;
    expect(city.data).toMatchObject({ name: 'Hanoi', latitude: null, longitude: null });
  });

  it('reads a version 5 file from before the Korean department and classification', () => {
    const parsed = parseStrategyFile(
      documentWith((doc) => {
        delete doc.strategy.details.departmentKo;
        delete doc.strategy.details.classificationKo;
      }),
    );
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
    expect(parsed.strategy.details).toMatchObject({
      department: 'International Relations Division',
      departmentKo: '',
      classification: 'For internal review',
      classificationKo: '',
    });
  });

  it('refuses a Korean department that is not text or is too long', () => {
    for (const value of [42, 'x'.repeat(501)]) {
      const parsed = parseStrategyFile(
        documentWith((doc) => {
          doc.strategy.details.departmentKo = value;
        }),
      );
      expect(parsed).toMatchObject({ ok: false, problem: { code: 'invalid' } });
    }
  });

  it('keeps coordinates, and refuses a latitude off the globe or a plan that ends before it starts', () => {
    const placed = documentWith((doc) => {
      doc.strategy.nodes[1].data.latitude = 21.0245;
      doc.strategy.nodes[1].data.longitude = 105.8412;
    });
    const parsed = parseStrategyFile(placed);
    expect(parsed.ok && parsed.strategy.nodes[1]!.data).toMatchObject({ latitude: 21.0245 });

    const offGlobe = parseStrategyFile(
      documentWith((doc) => {
        doc.strategy.nodes[1].data.latitude = 95;
      }),
    );
    expect(offGlobe).toMatchObject({ ok: false, problem: { code: 'invalid' } });
    expect(offGlobe).toMatchObject({
      problem: { fault: { code: 'field', error: 'latitude', at: { field: 'data.latitude' } } },
    });
    const backwards = parseStrategyFile(
      documentWith((doc) => {
        doc.strategy.details.planLastYear = 2018;
      }),
    );
    expect(backwards.ok).toBe(false);
  });
});
