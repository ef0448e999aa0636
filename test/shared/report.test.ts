import { describe, expect, it } from 'vitest';
import facts from '../../assets/seoul-2018-facts.json';
import { translator } from '../../shared/i18n/translate';
import { EDGE_STYLES } from '../../shared/model/edgeStyles';
import { legendKinds, RELATIONS } from '../../shared/model/vocabulary';
import { createNode } from '../../shared/model/nodes';
import type { Language, StrategyNode } from '../../shared/model/graph';
import { escapeXml, graphSvg, wrapName } from '../../shared/report/graphSvg';
import {
  goalOutline,
  parsePrintRoute,
  partnerRows,
  printRoute,
  REPORT_SECTIONS,
} from '../../shared/report/reportData';
import { partnerTable } from '../../shared/report/reportTables';
import { buildSeoulSample } from '../../shared/sample/seoulSample';
import type { SeoulFacts } from '../../shared/sample/seoulFacts';
import { edge, node } from './fixtures';

const sample = buildSeoulSample(facts as SeoulFacts, '2026-01-01T00:00:00.000Z');
/** Where a relation stands in the vocabulary's order, the closest tie first. */
const rank = (relation: string) => RELATIONS.indexOf(relation as (typeof RELATIONS)[number]);

describe('plan report data', () => {
  it('outlines goals as a tree under the vision', () => {
    const [vision] = goalOutline(sample);
    expect(vision!.data.title).toBe('Seoul, Global Sharing City');
    expect(vision!.children.map((c) => c.data.level)).toEqual([
      'direction',
      'direction',
      'direction',
      'direction',
    ]);
  });

  it('survives a cycle of subgoals without losing a goal', () => {
    const graph = {
      nodes: [node('goal', 'a'), node('goal', 'b')],
      edges: [edge('e1', 'subgoalOf', 'a', 'b'), edge('e2', 'subgoalOf', 'b', 'a')],
    };
    const outline = goalOutline(graph);
    const ids = (items: typeof outline): string[] =>
      items.flatMap((i) => [i.id, ...ids(i.children)]);
    expect(ids(outline).sort()).toEqual(['a', 'b']);
  });

  it('lists partner cities with their linked goals and projects', () => {
    const beijing = partnerRows(sample, 'en').find((row) => row.data.name === 'Beijing')!;
    expect(beijing.goals).toContain('Contributing to peace and prosperity in Northeast Asia');
    // Abidjan has a project of the same title; in Beijing's own row, its place goes without
    // saying.
    expect(beijing.projects).toContain('Build an automatic fare collection system');
    expect(beijing.projects.join()).not.toContain('(Beijing');
  });

  it('orders partner cities by relation, then by name as the reader’s language sorts it', () => {
    const korean = buildSeoulSample(facts as SeoulFacts, '2026-01-01T00:00:00.000Z', 'ko');
    const read = (language: Language) =>
      partnerRows(language === 'ko' ? korean : sample, language).map((row) => ({
        relation: row.data.relation,
        name: language === 'ko' ? row.data.nameKo : row.data.name,
      }));
    for (const language of ['en', 'ko'] as const) {
      const rows = read(language);
      // Sister cities first, then friendship cities, then those whose tie is not known.
      const relations = rows.map((row) => row.relation);
      expect(relations).toEqual([...relations].sort((a, b) => rank(a) - rank(b)));
      expect([...new Set(relations)]).toEqual(['sister', 'friendship', 'unknown']);
      for (const relation of new Set(relations)) {
        const names = rows.filter((row) => row.relation === relation).map((row) => row.name);
        expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, language)));
      }
    }
    // In Korean by the Korean names, as a Korean reader looks a city up.
    expect(
      read('ko')
        .map((row) => row.name)
        .slice(0, 4),
    ).toEqual(['뉴사우스웨일즈주', '도쿄', '멕시코 시티', '모스크바']);
    expect(
      read('en')
        .map((row) => row.name)
        .slice(0, 4),
    ).toEqual(['Ankara', 'Astana', 'Athens', 'Bangkok']);
  });

  it('names a project that shares its title by what the partner’s row does not say already', () => {
    const placed = (original: StrategyNode, place: Record<string, string>) =>
      ({ ...original, data: { ...original.data, ...place } }) as StrategyNode;
    const graph = {
      nodes: [
        node('partnerCity', 'Da Nang'),
        placed(node('project', 'a', 'Pre-consulting'), { city: 'Da Nang', country: 'VN' }),
        placed(node('project', 'b', 'Pre-consulting'), { country: 'UG' }),
        node('project', 'c', 'Tax system'),
      ],
      edges: [edge('e1', 'locatedIn', 'a', 'Da Nang'), edge('e2', 'locatedIn', 'c', 'Da Nang')],
    };
    expect(partnerRows(graph, 'en')[0]!.projects).toEqual(['Pre-consulting', 'Tax system']);
    // Two of one title in the same city are told apart by what else differs.
    const second = placed({ ...node('project', 'd', 'Pre-consulting'), id: 'd' } as StrategyNode, {
      city: 'Da Nang',
      country: 'VN',
      stage: 'feasibility',
    });
    const both = {
      nodes: [...graph.nodes, second],
      edges: [...graph.edges, edge('e3', 'locatedIn', 'd', 'Da Nang')],
    };
    expect(partnerRows(both, 'en')[0]!.projects).toEqual([
      'Pre-consulting (Discovery)',
      'Tax system',
      'Pre-consulting (Feasibility study (F/S))',
    ]);
  });

  it('prints each linked goal and project of a partner on a line of its own', () => {
    const table = partnerTable(sample, 'en', translator('en'));
    const column = (key: string) => table.columns.findIndex((c) => c.key === key);
    const [goals, projects] = [column('goals'), column('projects')];
    expect([table.columns[goals]!.kind, table.columns[projects]!.kind]).toEqual(['list', 'list']);
    const beijing = table.rows.find((row) => row.cells[0]![0] === 'Beijing')!;
    expect(beijing.cells[goals]).toEqual(
      partnerRows(sample, 'en').find((r) => r.id === beijing.id)!.goals,
    );
    expect(beijing.cells[goals]!.length).toBeGreaterThan(1);
    expect(beijing.cells[projects]).toContain('Build an automatic fare collection system');
  });

  it('round-trips the print address', () => {
    const route = printRoute('strategy 1', { sections: ['cover', 'graph'], notes: true }, 'ko');
    expect(parsePrintRoute(route)).toEqual({
      strategyId: 'strategy 1',
      options: { sections: ['cover', 'graph'], notes: true },
      language: 'ko',
    });
    expect(parsePrintRoute('#/print/abc')).toEqual({
      strategyId: 'abc',
      options: { sections: REPORT_SECTIONS.filter((s) => s !== 'workshop'), notes: false },
      language: null,
    });
    expect(parsePrintRoute('#/strategy/abc')).toBeNull();
  });
});

describe('graph drawing', () => {
  it('draws every node with its name as text and escapes markup', () => {
    const graph = { nodes: [node('partnerCity', 'c1', 'Rome & <Milan>')], edges: [] };
    const { svg } = graphSvg(graph, 'en', translator('en'), { legend: false });
    expect(svg).toContain('Rome &amp; &lt;Milan&gt;');
    expect(svg.match(/<rect /g)).toHaveLength(2);
    const drawn = graphSvg(sample, 'ko', translator('ko'));
    expect(drawn.svg).toContain('타이페이');
    expect(drawn.svg.match(/marker-end/g)).toHaveLength(sample.edges.length);
  });

  it('draws each relationship in its own style, from card border to card border', () => {
    const graph = {
      nodes: [node('goal', 'g', 'Goal', 0, 0), node('partnerCity', 'c', 'City', 600, 0)],
      edges: [edge('e1', 'servesGoal', 'c', 'g')],
    };
    const { svg } = graphSvg(graph, 'en', translator('en'), { legend: false });
    const path =
      /<path d="M([\d.]+),([\d.]+) Q[^"]+ ([\d.]+),([\d.]+)" stroke="([^"]+)"[^>]*marker-end="url\(#map-end-servesGoal\)"/.exec(
        svg,
      );
    expect(path).not.toBeNull();
    // From the city's left side to the goal's right side, not bottom to top.
    expect(Number(path![1])).toBe(600);
    expect(Number(path![3])).toBe(200);
    expect(path![5]).toBe(EDGE_STYLES.servesGoal.colour);
    expect(svg).toContain('<marker id="map-end-servesGoal"');
  });

  it('puts the legend beside the map in the picture’s language', () => {
    const { svg, width } = graphSvg(sample, 'ko', translator('ko'));
    const t = translator('ko');
    expect(svg).toContain(`>${t('legend')}<`);
    // The sample has no ideas, so its legend lists neither ideas nor "relates to".
    const { nodes, edges } = legendKinds(false);
    for (const kind of nodes) expect(svg).toContain(`>${t(`kind.${kind}`)}<`);
    for (const kind of edges) expect(svg).toContain(`>${escapeXml(t(`edge.${kind}`))}<`);
    expect(svg).not.toContain(`>${t('kind.idea')}<`);
    const withIdea = graphSvg(
      { ...sample, nodes: [...sample.nodes, createNode('idea', 'idea-1', { x: 0, y: 0 })] },
      'ko',
      t,
    );
    expect(withIdea.svg).toContain(`>${t('kind.idea')}<`);
    expect(withIdea.svg).toContain(`>${escapeXml(t('edge.relatesTo'))}<`);
    const bare = graphSvg(sample, 'ko', t, { legend: false });
    expect(bare.svg).not.toContain(`>${t('legend')}<`);
    expect(width).toBeGreaterThan(bare.width);
  });

  it('wraps long names onto two lines and cuts the rest, wide characters counted wide', () => {
    expect(wrapName('Seoul')).toEqual(['Seoul']);
    const lines = wrapName(
      'Policy advice on improving urban rail through public-private partnerships in the region',
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    const korean = wrapName('상위의 외교적 목적을 달성하는 수단으로 활용 (서울-평양 협력)');
    expect(korean).toHaveLength(2);
    const width = (text: string) =>
      [...text].reduce((sum, c) => sum + (/[\uac00-\ud7af]/.test(c) ? 1.8 : 1), 0);
    for (const line of korean) expect(width(line)).toBeLessThanOrEqual(27);
    expect(width(korean[0]!)).toBeGreaterThan(20);
    // A short second line before a word too long for it ends with one …, not a run of them.
    expect(
      wrapName('Policy advice on improving an integrity Counterintelligencearrangements'),
    ).toEqual(['Policy advice on improving', 'an integrity…']);
    expect(wrapName('aaaa bbbb cccc', 4)).toEqual(['aaaa', 'bbb…']);
  });
});
