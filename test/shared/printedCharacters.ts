import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

/** Marks Korean office documents use beyond the app's own texts. */
export const OFFICE_PUNCTUATION =
  '‧·ㆍ※○●◎◇◆□■△▲▽▼▷▶◁◀☆★◈→←↑↓↔…‥―–—‘’“”「」『』【】〈〉《》〔〕～∼≒±×÷°℃％‰' +
  '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳㈜№';

/** The source text of the app's catalogues, the sample and its facts, and the country names. */
export function sourceTexts(): string[] {
  const files = [
    ...readdirSync(join(ROOT, 'shared/i18n')).map((f) => join('shared/i18n', f)),
    ...readdirSync(join(ROOT, 'shared/sample')).map((f) => join('shared/sample', f)),
    'assets/seoul-2018-facts.json',
    'node_modules/i18n-iso-countries/langs/ko.json',
  ];
  return files.map((file) => readFileSync(join(ROOT, file), 'utf8'));
}

/** Every distinct character of those texts and of the office marks. */
export function printedCharacters(): string {
  const chars = new Set<string>(OFFICE_PUNCTUATION);
  for (const text of sourceTexts()) for (const ch of text) if (ch > ' ') chars.add(ch);
  return [...chars].sort().join('');
}

/** Runs of Hangul syllables: the Korean words as a line break could cut them. */
export function koreanWords(text: string): string[] {
  return text.match(/[\uac00-\ud7a3]+/g) ?? [];
}

/**
 * Korean words of a PDF's text that are cut: not a word of any source text, but the start or
 * end of one — "자매도" and "시" printed for "자매도시" because the line broke inside it.
 */
export function cutKoreanWords(pdfText: string): string[] {
  const known = new Set(sourceTexts().flatMap(koreanWords));
  // Each part a break leaves, start or end, with the word it came from.
  const parts = new Map<string, string>();
  for (const word of known)
    for (let at = 1; at < word.length; at++)
      for (const part of [word.slice(0, at), word.slice(at)])
        if (!known.has(part) && !parts.has(part)) parts.set(part, word);
  const cut = new Set<string>();
  for (const word of koreanWords(pdfText))
    if (parts.has(word)) cut.add(`${word} (${parts.get(word)})`);
  return [...cut];
}
