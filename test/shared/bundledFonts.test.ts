import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_FONTS, FONT_STACK } from '../../shared/report/fonts';
import { printedCharacters } from './printedCharacters';
import { woffCodePoints } from './woffCmap';

const require = createRequire(import.meta.url);
const ROOT = join(import.meta.dirname, '..', '..');

interface Face {
  family: string;
  weights: [number, number];
  ranges: [number, number][];
  glyphs: Set<number>;
}

/** A face's weight, or its range of weights as "400 700". */
function weightRange(value: string): [number, number] {
  const [low, high] = value.split(/\s+/).map(Number);
  return [low!, high ?? low!];
}

/** The @font-face rules of a style sheet, each with the glyphs its file really holds. */
function faces(cssFile: string): Face[] {
  const css = readFileSync(cssFile, 'utf8');
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body]) => {
    const field = (name: string) => new RegExp(`${name}:\\s*([^;]+);`).exec(body!)![1]!.trim();
    const url = /url\('?([^')]+\.woff2)'?\)/.exec(body!)![1]!;
    const woff2 = url.startsWith('@') ? require.resolve(url) : join(dirname(cssFile), url);
    return {
      family: field('font-family').replace(/'/g, ''),
      weights: weightRange(field('font-weight')),
      ranges: field('unicode-range')
        .split(',')
        .map((part) => {
          const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
          return [parseInt(from!, 16), parseInt(to ?? from!, 16)] as [number, number];
        }),
      // The .woff beside each .woff2 is the same subset; Node reads its zlib tables natively.
      glyphs: woffCodePoints(woff2.replace(/\.woff2$/, '.woff')),
    };
  });
}

const ALL_FACES = [
  ...faces(require.resolve('@fontsource/noto-sans-kr/400.css')),
  ...faces(require.resolve('@fontsource/noto-sans-kr/700.css')),
  ...faces(join(ROOT, 'renderer/styles/fonts.css')),
];

/** The bundled family that draws a character at a weight, as the browser's fallback picks it. */
function familyFor(ch: string, weight: number): string | null {
  const c = ch.codePointAt(0)!;
  for (const family of BUNDLED_FONTS) {
    // Only a face declared for the weight counts: a bold the browser makes up prints as Type 3.
    const atWeight = ALL_FACES.filter(
      (f) => f.family === family && f.weights[0] <= weight && weight <= f.weights[1],
    );
    if (atWeight.some((f) => f.ranges.some(([a, b]) => c >= a && c <= b) && f.glyphs.has(c)))
      return family;
  }
  return null;
}

describe('bundled fonts', () => {
  it('draw every character of the catalogues, the sample and common office marks, regular and bold', () => {
    const characters = printedCharacters();
    expect(characters).toContain('‧');
    for (const weight of [400, 700]) {
      const missing = [...characters].filter((ch) => familyFor(ch, weight) === null);
      expect(missing, `weight ${weight}`).toEqual([]);
    }
  });

  it('draw the hyphenation point of the sample’s titles from the fallback face, the rest from Noto Sans KR', () => {
    expect(familyFor('‧', 400)).toBe('Noto Sans TC');
    expect(familyFor('∼', 700)).toBe('Noto Sans Math');
    expect(familyFor('교', 700)).toBe('Noto Sans KR');
    expect(familyFor('①', 400)).toBe('Noto Sans KR');
  });

  it('are the whole font stack of printed pages and drawings: no system font is named', () => {
    expect(FONT_STACK).toBe("'Noto Sans KR', 'Noto Sans TC', 'Noto Sans Math', sans-serif");
    const printCss = readFileSync(join(ROOT, 'renderer/print/print.css'), 'utf8');
    for (const [, family] of printCss.matchAll(/font-family:\s*([^;]+);/g))
      expect(`${family}`).toBe(FONT_STACK);
  });
});
