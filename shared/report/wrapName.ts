// Node names drawn in a fixed-size box: wrapping by visual width, not character count.

/** Hangul and other wide characters take about twice the room of Latin letters. */
export function visualWidth(text: string): number {
  let width = 0;
  for (const char of text)
    width += /[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]/.test(char) ? 1.8 : 1;
  return width;
}

/** The longest start of the text that fits `width` with … after it, and the …. */
function cutWithEllipsis(text: string, width: number): string {
  let cut = '';
  for (const char of text) {
    if (visualWidth(cut + char) > width - 1) break;
    cut += char;
  }
  return `${cut.trimEnd()}…`;
}

/** The text cut to `width` (in Latin letters' widths), ending with … when cut. */
export function cutToWidth(text: string, width: number): string {
  return visualWidth(text) <= width ? text : cutWithEllipsis(text, width);
}

/** Splits a name into at most two lines that fit a node, ending with one … when cut. */
export function wrapName(name: string, perLine = 27): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of name.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (visualWidth(candidate) <= perLine || line === '') line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  const shown = lines.slice(0, 2).map((l) => cutToWidth(l, perLine));
  // More words follow the second line: it says so, cut further where … would not fit.
  if (lines.length > 2 && !shown[1]!.endsWith('…'))
    shown[1] = cutWithEllipsis(`${shown[1]!} `, perLine);
  return shown;
}
