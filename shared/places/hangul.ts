const INITIALS = [
  'g',
  'kk',
  'n',
  'd',
  'tt',
  'r',
  'm',
  'b',
  'pp',
  's',
  'ss',
  '',
  'j',
  'jj',
  'ch',
  'k',
  't',
  'p',
  'h',
];
const MEDIALS = [
  'a',
  'ae',
  'ya',
  'yae',
  'eo',
  'e',
  'yeo',
  'ye',
  'o',
  'wa',
  'wae',
  'oe',
  'yo',
  'u',
  'wo',
  'we',
  'wi',
  'yu',
  'eu',
  'ui',
  'i',
];
/** A final consonant as said at the end of a syllable. */
const FINALS = [
  '',
  'k',
  'k',
  'k',
  'n',
  'n',
  'n',
  't',
  'l',
  'k',
  'm',
  'l',
  'l',
  'l',
  'p',
  'l',
  'm',
  'p',
  'p',
  't',
  't',
  'ng',
  't',
  't',
  'k',
  't',
  'p',
  't',
];
/** A final consonant carried over to a following vowel (목요 mogyo, not mokyo). */
const LINKED = [
  '',
  'g',
  'kk',
  'ks',
  'n',
  'nj',
  'nh',
  'd',
  'r',
  'lg',
  'lm',
  'lb',
  'ls',
  'lt',
  'lp',
  'lh',
  'm',
  'b',
  'ps',
  's',
  'ss',
  'ng',
  'j',
  'ch',
  'k',
  't',
  'p',
  'h',
];

const FIRST = 0xac00;
const LAST = 0xd7a3;
const SILENT = 11;
const RIEUL = 5;
export const FINAL_RIEUL = 8;

/**
 * The final consonant of a Hangul syllable, by its index among the finals (0 for none,
 * FINAL_RIEUL for ㄹ); null for any other character.
 */
export function finalConsonantOf(char: string): number | null {
  const code = char.charCodeAt(0);
  return code >= FIRST && code <= LAST ? (code - FIRST) % 28 : null;
}

export function hasHangul(text: string): boolean {
  return /[\uac00-\ud7a3]/.test(text);
}

/**
 * Hangul in the Revised Romanization, the spelling of Korea's own cities in the gazetteer
 * (부산 Busan, 강릉 Gangneung). Only the sound changes place names commonly show are followed;
 * anything that is not a Hangul syllable is kept as it is.
 */
export function romaniseHangul(text: string): string {
  let out = '';
  let previousFinal = -1;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < FIRST || code > LAST) {
      if (previousFinal > 0) out += FINALS[previousFinal];
      previousFinal = -1;
      out += char;
      continue;
    }
    const offset = code - FIRST;
    const initial = Math.floor(offset / 588);
    const medial = Math.floor((offset % 588) / 28);
    const final = offset % 28;
    let start = INITIALS[initial]!;
    if (previousFinal > 0) {
      if (initial === SILENT) out += LINKED[previousFinal];
      else if (initial === RIEUL && previousFinal === FINAL_RIEUL) {
        out += 'l';
        start = 'l';
      } else {
        out += FINALS[previousFinal];
        // ㄹ after another consonant is said n: 강릉 Gangneung, 종로 Jongno.
        if (initial === RIEUL) start = 'n';
      }
    }
    out += start + MEDIALS[medial]!;
    previousFinal = final;
  }
  if (previousFinal > 0) out += FINALS[previousFinal];
  return out;
}
