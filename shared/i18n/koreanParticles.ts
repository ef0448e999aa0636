/**
 * Korean particles after a name filled in at run time. A message is written with both forms,
 * as Korean software writes them ("{title}을(를)", "{kind}(으)로"); once the name is in, the
 * form its last sound takes is kept: "교류도시를", "사업과", "목표로". After a word whose sound
 * the app cannot tell (a Latin name such as "ICLEI"), both forms stay, which every reader accepts.
 */

import { FINAL_RIEUL, finalConsonantOf } from '../places/hangul';

/** The paired forms, written consonant form first as in the messages: 을(를), 이(가)... */
const PAIRS: Record<string, { afterConsonant: string; afterVowel: string }> = {
  '을(를)': { afterConsonant: '을', afterVowel: '를' },
  '이(가)': { afterConsonant: '이', afterVowel: '가' },
  '은(는)': { afterConsonant: '은', afterVowel: '는' },
  '과(와)': { afterConsonant: '과', afterVowel: '와' },
  '와(과)': { afterConsonant: '과', afterVowel: '와' },
  '으로(로)': { afterConsonant: '으로', afterVowel: '로' },
  // A syllable only a consonant takes: (으)로, (이)라는, (이)나.
  '(으)': { afterConsonant: '으', afterVowel: '' },
  '(이)': { afterConsonant: '이', afterVowel: '' },
};

/** How a word ends when read aloud: on a vowel, on ㄹ, on another consonant, or unknown. */
type Ending = 'vowel' | 'rieul' | 'consonant' | 'unknown';

/** Digits as read in Sino-Korean: 영 일 이 삼 사 오 육 칠 팔 구 (a final 0 reads 십, 백, 천, 만). */
const DIGIT_ENDINGS: Ending[] = [
  'consonant',
  'rieul',
  'vowel',
  'consonant',
  'vowel',
  'vowel',
  'consonant',
  'rieul',
  'rieul',
  'vowel',
];

/** Closing quotes are not read: the particle follows the word inside them. */
const CLOSING_QUOTES = /[”’"'»」』〉》]+$/u;
/** A bracketed aside is not read either: the particle follows the word before it (도시(서울)를). */
const ASIDE = /\s*[([][^()[\]]*[)\]]$/u;

function endingOf(before: string): Ending {
  const last = before.replace(CLOSING_QUOTES, '').replace(ASIDE, '').slice(-1);
  const final = finalConsonantOf(last);
  if (final !== null) return final === 0 ? 'vowel' : final === FINAL_RIEUL ? 'rieul' : 'consonant';
  if (/^[0-9]$/.test(last)) return DIGIT_ENDINGS[Number(last)]!;
  return 'unknown';
}

function formAfter(ending: Ending, pair: string): string {
  const forms = PAIRS[pair]!;
  if (ending === 'unknown') return pair;
  // (으)로 follows ㄹ as it follows a vowel: 서울로, 도시로.
  if (pair === '으로(로)' || pair === '(으)')
    return ending === 'consonant' ? forms.afterConsonant : forms.afterVowel;
  return ending === 'vowel' ? forms.afterVowel : forms.afterConsonant;
}

const PAIRED = new RegExp(
  `(?<=\\S)(${Object.keys(PAIRS)
    .map((pair) => pair.replace(/[()]/g, '\\$&'))
    .join('|')})`,
  'gu',
);

/** The text with each paired particle in the one form the word before it takes. */
export function resolveKoreanParticles(text: string): string {
  return text.replace(PAIRED, (pair: string, _: string, at: number) =>
    formAfter(endingOf(text.slice(0, at)), pair),
  );
}
