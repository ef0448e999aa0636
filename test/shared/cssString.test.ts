// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { cssString } from '../../shared/report/cssString';

/**
 * Reads one CSS string token as CSS Syntax Level 3 (§4.3.5, §4.3.7) does, after the input
 * preprocessing of §3.3. Returns the string's value and what follows it, or null for a bad
 * string (a raw line break) or one that never ends.
 */
function readCssString(css: string): { value: string; rest: string } | null {
  const input = css
    .replace(/\r\n|\r|\f/g, '\n')
    .replace(/\0/g, '\ufffd')
    .replace(/[\ud800-\udfff]/gu, '\ufffd');
  const quote = input[0];
  if (quote !== '"' && quote !== "'") return null;
  let value = '';
  for (let i = 1; i < input.length; i++) {
    const char = input[i]!;
    if (char === quote) return { value, rest: input.slice(i + 1) };
    if (char === '\n') return null;
    if (char !== '\\') {
      value += char;
      continue;
    }
    const next = input[i + 1];
    if (next === undefined) continue;
    if (next === '\n') {
      i++;
      continue;
    }
    const hex = /^[0-9a-fA-F]{1,6}/.exec(input.slice(i + 1));
    if (hex) {
      i += hex[0].length;
      if (/[ \t\n]/.test(input[i + 1] ?? '')) i++;
      const code = parseInt(hex[0], 16);
      value +=
        code === 0 || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff
          ? '\ufffd'
          : String.fromCodePoint(code);
    } else {
      value += String.fromCodePoint(input.codePointAt(i + 1)!);
      i += next.length;
      if (input.codePointAt(i)! > 0xffff) i++;
    }
  }
  return null;
}

const ALL_C0 = Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)).join('');

describe('CSS strings', () => {
  it('hold every text exactly, as one string token', () => {
    const texts = [
      'Seoul city diplomacy 2026',
      '서울 도시외교 전략',
      'back\\slash "double" \'single\'',
      'line\nbreak\r\nand\rreturns',
      'form\ffeed',
      `controls ${ALL_C0.slice(1)}\u007f\u0085`,
      '"; } body { display: none } @page { content: "',
      '</style><script>alert(1)</script>',
      '\\A  ends with a backslash \\',
      'A\u202eB\u2066C\u2028D',
      'emoji 😀 and 𝕊',
      '1 hex-looking: \\31 abc',
    ];
    for (const text of texts) {
      const literal = cssString(text);
      expect(readCssString(literal), JSON.stringify(text)).toEqual({ value: text, rest: '' });
    }
  });

  it('write no raw control character, line break, form feed or angle bracket', () => {
    const literal = cssString(`${ALL_C0}\u007f<>\u2028\u2029`);
    // eslint-disable-next-line no-control-regex
    expect(literal).not.toMatch(/[\u0000-\u001f\u007f<>\u2028\u2029]/);
    expect(literal).toBe(
      `"${Array.from({ length: 0x20 }, (_, i) => `\\${i.toString(16).toUpperCase()} `).join('')}\\7F \\3C \\3E \\2028 \\2029 "`,
    );
    expect(cssString('a\fb')).toBe('"a\\C b"');
    expect(cssString('"\\')).toBe('"\\"\\\\"');
  });

  it('turns only NUL and unpaired surrogates into U+FFFD, as CSS itself does', () => {
    expect(readCssString(cssString('a\u0000b'))).toEqual({ value: 'a\ufffdb', rest: '' });
    expect(readCssString(cssString('a\ud800b'))).toEqual({ value: 'a\ufffdb', rest: '' });
  });

  it('cannot close the style element it is written into', () => {
    const title = '</style><img src=x onerror=alert(1)><style>';
    const html = `<style>@page { @bottom-left { content: ${cssString(title)}; } }</style><p>end</p>`;
    const document = new DOMParser().parseFromString(html, 'text/html');
    expect(document.querySelectorAll('style')).toHaveLength(1);
    expect(document.querySelector('img')).toBeNull();
    expect(document.body.textContent).toBe('end');
  });
});
