// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { toGraphml } from '../../shared/exchange/graphml';
import { escapeMarkdown, toJsonCanvas } from '../../shared/exchange/jsonCanvas';
import { translator } from '../../shared/i18n/translate';
import type { StrategyGraph, StrategyNode } from '../../shared/model/graph';
import { escapeXml, graphSvg } from '../../shared/report/graphSvg';
import { edge, node } from './fixtures';

// Texts stored before the field rules refused them, or written into the database by hand.
const C0 = Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)).join('');
const BIDI = '\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069';
const HOSTILE = `A${C0}\u007f${BIDI}\udfff\ud800\ufffe\uffff<b>&amp;"'</b>Z`;
/** What XML keeps of HOSTILE: tab, LF and CR (as references), and all the rest but controls. */
const KEPT_IN_XML = `A\t\n\r<b>&amp;"'</b>Z`;

function withText(original: StrategyNode, data: Record<string, unknown>): StrategyNode {
  return { ...original, data: { ...original.data, ...data } } as StrategyNode;
}

const graph: StrategyGraph = {
  nodes: [
    withText(node('partnerCity', `c${C0}1`), { name: HOSTILE, nameKo: HOSTILE, notes: HOSTILE }),
    withText(node('goal', 'g1'), { title: `Goal ${HOSTILE}`, description: 'one\r\ntwo' }),
    withText(node('actor', 'a1'), { name: `x\u0000<&"'>\u202ey`, nameKo: '' }),
  ],
  edges: [edge(`e${BIDI}1`, 'servesGoal', `c${C0}1`, 'g1')],
};

function parseXml(text: string): Document {
  const document = new DOMParser().parseFromString(text, 'application/xml');
  expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
  return document;
}

describe('XML exports', () => {
  it('keep XML well-formed whatever a text holds', () => {
    const parsed = parseXml(`<t a="${escapeXml(HOSTILE)}">${escapeXml(HOSTILE)}</t>`);
    const element = parsed.documentElement;
    // Attribute values keep tab and line breaks instead of having them turned into spaces.
    expect(element.getAttribute('a')).toBe(KEPT_IN_XML);
    expect(element.textContent).toBe(KEPT_IN_XML);
  });

  it('draw an SVG that parses with names holding every control character', () => {
    for (const language of ['en', 'ko'] as const) {
      const { svg } = graphSvg(graph, language, translator(language));
      const document = parseXml(svg);
      const texts = [...document.getElementsByTagName('text')].map((t) => t.textContent ?? '');
      expect(texts).toContain(`x<&"'>y`);
      // eslint-disable-next-line no-control-regex
      for (const text of texts) expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    }
  });

  it('write GraphML that parses and keeps the rest of each text as it was', () => {
    const document = parseXml(toGraphml(graph, 'en'));
    const [city, goal] = [...document.getElementsByTagName('node')];
    expect(city!.getAttribute('id')).toBe('c\t\n\r1');
    const data = (element: Element, key: string) =>
      [...element.getElementsByTagName('data')].find((d) => d.getAttribute('key') === key)
        ?.textContent;
    expect(data(city!, 'label')).toBe(KEPT_IN_XML);
    expect(data(city!, 'f_notes')).toBe(KEPT_IN_XML);
    expect(data(goal!, 'f_description')).toBe('one\r\ntwo');
    const link = document.getElementsByTagName('edge')[0]!;
    expect(link.getAttribute('id')).toBe('e1');
    expect(link.getAttribute('source')).toBe(city!.getAttribute('id'));
  });
});

/** CommonMark's backslash escapes undone: what a Markdown reader shows for escaped text. */
const shown = (markdown: string) => markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');
/** Markdown-significant characters left without a backslash in front. */
const bare = (markdown: string) =>
  markdown.replace(/\\[!-/:-@[-`{-~]/g, '').match(/[\\`*_{}[\]()<>#+\-.!|~=$&^%:@]/g) ?? [];

describe('JSON Canvas export', () => {
  it('shows a name as it is written, not as Markdown', () => {
    const names = [
      '# [x](javascript:alert(1))',
      '<img src=x onerror=alert(1)>',
      '**bold** _em_ `code` ~~gone~~ ==mark== $x$ [[Wiki]] ![i](x.png) | a | b |',
      '1. not a list',
      '- not a list either',
      'AT&amp;T \\ back',
    ];
    for (const name of names) {
      const escaped = escapeMarkdown(name);
      expect(bare(escaped), name).toEqual([]);
      expect(shown(escaped), name).toBe(name);
    }
    expect(escapeMarkdown('Seoul, "Korea"; yes? a/b')).toBe('Seoul, "Korea"; yes? a/b');
  });

  it('escapes node names in the card text and keeps each on one line', () => {
    const hostile = withText(node('partnerCity', 'c1'), {
      name: '# [x](javascript:alert(1))',
      nameKo: '한\n## 둘',
    });
    const canvas = JSON.parse(
      toJsonCanvas({ nodes: [hostile], edges: [] }, 'en', translator('en')),
    );
    const text: string = canvas.nodes[0].text;
    expect(text.split('\n\n')).toEqual([
      '**\\# \\[x\\]\\(javascript\\:alert\\(1\\)\\)**',
      'Partner city',
      '한 \\#\\# 둘',
    ]);
  });
});
