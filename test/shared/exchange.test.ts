// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import facts from '../../assets/seoul-2018-facts.json';
import {
  decodeCsvBytes,
  detectDelimiter,
  parseCsv,
  toCsv,
  UTF8_BOM,
} from '../../shared/exchange/csv';
import { toGraphml } from '../../shared/exchange/graphml';
import { toJsonCanvas } from '../../shared/exchange/jsonCanvas';
import { tableCsv } from '../../shared/exchange/tables';
import { translator } from '../../shared/i18n/translate';
import { buildSeoulSample } from '../../shared/sample/seoulSample';
import type { SeoulFacts } from '../../shared/sample/seoulFacts';

const sample = buildSeoulSample(facts as SeoulFacts, '2026-01-01T00:00:00.000Z');
const fixture = (name: string) =>
  new Uint8Array(readFileSync(path.join(__dirname, '..', 'fixtures', name)));

describe('JSON Canvas export', () => {
  it('has every field the JSON Canvas 1.0 spec requires', () => {
    const canvas = JSON.parse(toJsonCanvas(sample, 'en', translator('en')));
    expect(canvas.nodes).toHaveLength(sample.nodes.length);
    expect(canvas.edges).toHaveLength(sample.edges.length);
    const ids = new Set<string>();
    for (const node of canvas.nodes) {
      expect(typeof node.id).toBe('string');
      ids.add(node.id);
      expect(node.type).toBe('text');
      expect(typeof node.text).toBe('string');
      for (const key of ['x', 'y', 'width', 'height'])
        expect(Number.isInteger(node[key])).toBe(true);
      expect(node.color).toMatch(/^#[0-9a-f]{6}$/i);
    }
    expect(ids.size).toBe(canvas.nodes.length);
    for (const edge of canvas.edges) {
      expect(ids.has(edge.fromNode) && ids.has(edge.toNode)).toBe(true);
      expect(['top', 'right', 'bottom', 'left']).toContain(edge.fromSide);
      expect(typeof edge.label).toBe('string');
    }
    expect(canvas.nodes.find((n: { id: string }) => n.id === 'city-SC-01').text).toContain(
      '**Taipei**',
    );
  });
});

describe('GraphML export', () => {
  it('parses back with the same nodes, edges and typed fields', () => {
    const xml = new DOMParser().parseFromString(toGraphml(sample, 'ko'), 'application/xml');
    expect(xml.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(xml.getElementsByTagName('node')).toHaveLength(sample.nodes.length);
    expect(xml.getElementsByTagName('edge')).toHaveLength(sample.edges.length);
    const keys = [...xml.getElementsByTagName('key')];
    expect(
      keys.find((k) => k.getAttribute('attr.name') === 'since')?.getAttribute('attr.type'),
    ).toBe('int');
    expect(
      keys.find((k) => k.getAttribute('attr.name') === 'budgetKrw')?.getAttribute('attr.type'),
    ).toBe('double');
    const taipei = [...xml.getElementsByTagName('node')].find(
      (n) => n.getAttribute('id') === 'city-SC-01',
    )!;
    const data = (key: string) =>
      [...taipei.getElementsByTagName('data')].find((d) => d.getAttribute('key') === key)
        ?.textContent;
    expect(data('label')).toBe('타이페이');
    expect(data('f_since')).toBe('1968');
    expect(data('kind')).toBe('partnerCity');
  });
});

describe('CSV', () => {
  it('writes a BOM and quotes what needs quoting, and reads it back', () => {
    const text = toCsv([
      ['Name', 'Notes'],
      ['Seoul, Korea', 'says "hi"\non two lines'],
    ]);
    expect(text.startsWith(UTF8_BOM)).toBe(true);
    expect(parseCsv(text, ',')).toEqual([
      ['Name', 'Notes'],
      ['Seoul, Korea', 'says "hi"\non two lines'],
    ]);
  });

  it('exports partner cities with labels, countries and the name order of the UI language', () => {
    const rows = parseCsv(tableCsv(sample, 'partnerCity', 'ko'), ',');
    expect(rows[0]!.slice(0, 3)).toEqual(['한국어 이름', '영문 이름', '국가']);
    expect(rows).toHaveLength(44);
    expect(rows[1]).toContain('자매도시');
    expect(rows.find((row) => row[1] === 'Taipei')).toEqual(
      expect.arrayContaining(['타이페이', '대만']),
    );
    const english = parseCsv(tableCsv(sample, 'partnerCity', 'en'), ',');
    expect(english[0]!.slice(0, 3)).toEqual(['Name', 'Korean name', 'Country']);
    expect(english.find((row) => row[0] === 'Taipei')).toContain('Taiwan');
  });

  it('detects the delimiter and the encoding of files as Excel saves them', () => {
    const korean = decodeCsvBytes(fixture('partner-cities-cp949.csv'));
    expect(korean.encoding).toBe('euc-kr');
    expect(korean.text).toContain('하노이');
    expect(detectDelimiter(korean.text)).toBe(',');
    const utf8 = decodeCsvBytes(fixture('partner-cities-utf8-bom.csv'));
    expect(utf8.encoding).toBe('utf-8');
    expect(detectDelimiter(utf8.text)).toBe(';');
    expect(parseCsv(utf8.text, ';')[1]).toEqual([
      'Hanoi',
      '하노이',
      'Vietnam',
      'Sister city',
      '1996',
      'Transport; water',
    ]);
  });
});
