/**
 * Words a middle dot joins ("조직·재정·인력") read as one in Korean, and a line never starts with
 * the dot. Chromium breaks before it all the same, even with `word-break: keep-all`, so the
 * printed plan keeps such runs on one line. Longer runs than this may break, rather than run
 * past a narrow column.
 */
const LONGEST_JOINED = 30;
const JOINED = /[^\s·]+(?:·[^\s·]+)+/g;

export interface TextRun {
  text: string;
  /** Words joined by middle dots, to be kept on one line. */
  joined: boolean;
}

/** A text as its runs of dot-joined words and the text between them, in order. */
export function joinedRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let last = 0;
  for (const match of text.matchAll(JOINED)) {
    if (match[0].length > LONGEST_JOINED) continue;
    if (match.index > last) runs.push({ text: text.slice(last, match.index), joined: false });
    runs.push({ text: match[0], joined: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), joined: false });
  return runs;
}
