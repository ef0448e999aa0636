/*
 * Characters written as CSS hex escapes inside a string: every control character (a raw line
 * break or form feed would end the string, NUL turns into U+FFFD), `<` and `>` so that no
 * `</style>` can close the style element around the rule, and the invisible characters that
 * reorder text or end lines in scripts (bidirectional controls, U+2028 and U+2029), so the
 * stylesheet reads as what it holds. Surrogates are matched only when unpaired.
 */
const HEX_ESCAPED =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f<>\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]/gu;

/**
 * A CSS string literal that holds `text` exactly and nothing else: backslash and quotes are
 * escaped with a backslash, the rest as `\HEX ` (the space ends the escape and is not kept).
 */
export function cssString(text: string): string {
  const escaped = text
    .replace(/[\\"']/g, (char) => `\\${char}`)
    .replace(HEX_ESCAPED, (char) => `\\${char.codePointAt(0)!.toString(16).toUpperCase()} `);
  return `"${escaped}"`;
}
