import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// A :has() rule on an element that holds the canvas makes the browser check it again whenever
// anything inside is added or removed (a card coming into view, a search result, a save status),
// and it then worked out the style of every card: a cost on each keystroke and each frame of a
// pan. The editor's stylesheets keep :has() to elements with little inside.
const RENDERER = path.resolve(__dirname, '../../renderer');
/** The print view is a page of its own, loaded only to print. */
const PRINT_ONLY = path.join(RENDERER, 'print');
const CONTAINERS = [
  'html',
  'body',
  '#root',
  '.app',
  'main',
  '.editor',
  '.editor-body',
  '.editor-toolbar',
  '.canvas',
  '.strategy-flow',
  '.react-flow',
  '.react-flow__renderer',
  '.react-flow__pane',
  '.react-flow__viewport',
  '.react-flow__nodes',
  '.react-flow__edges',
];

function stylesheets(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return full === PRINT_ONLY ? [] : stylesheets(full);
    return entry.name.endsWith('.css') ? [full] : [];
  });
}

/**
 * What each :has() in `css` is attached to: the selector text back to the combinator or comma
 * before it, e.g. ".editor" or ":is(.editor)"; empty for a :has() on any element.
 */
function hasAnchors(css: string): string[] {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return [...withoutComments.matchAll(/([^\s>+~,{}]*):has\(/g)].map((match) => match[1]!);
}

const escaped = (text: string) => text.replace(/[.#[\]]/g, '\\$&');
const anchoredOnContainer = (anchor: string) =>
  anchor === '' ||
  anchor === '&' ||
  CONTAINERS.some((container) =>
    new RegExp(`(^|[^\\w-])${escaped(container)}(?![\\w-])`).test(anchor),
  );

describe("the editor's stylesheets", () => {
  it('finds what a :has() rule is attached to', () => {
    expect(hasAnchors('.editor:has(.live-panel) .editor-body { }')).toEqual(['.editor']);
    expect(hasAnchors('html:has(.x), .a > .react-flow__node:has(b :focus) .c {}')).toEqual([
      'html',
      '.react-flow__node',
    ]);
    expect(hasAnchors('.a > :has(.b), :is(.editor):has(.c) {}')).toEqual(['', ':is(.editor)']);
    expect(anchoredOnContainer('.editor')).toBe(true);
    expect(anchoredOnContainer('.editor[data-view]')).toBe(true);
    expect(anchoredOnContainer(':is(.editor)')).toBe(true);
    expect(anchoredOnContainer('')).toBe(true);
    expect(anchoredOnContainer('.editor-card')).toBe(false);
    expect(anchoredOnContainer('.dialog')).toBe(false);
  });

  it('attach no :has() rule to an element that holds the canvas', () => {
    const files = stylesheets(RENDERER);
    expect(files.length).toBeGreaterThan(3);
    const offending = files.flatMap((file) =>
      hasAnchors(readFileSync(file, 'utf8'))
        .filter(anchoredOnContainer)
        .map((anchor) => `${path.relative(RENDERER, file)}: ${anchor}:has(…)`),
    );
    expect(offending).toEqual([]);
  });
});
