import { rectsOverlap, type Rect } from '../layout/viewport';

/** A marker whose name may be written beside it. */
export interface LabelCandidate {
  id: string;
  x: number;
  y: number;
  r: number;
  text: string;
  /** Higher goes first where names would collide. */
  priority: number;
}

export interface PlacedLabel {
  id: string;
  text: string;
  /** Where the text starts (or ends, for anchor 'end'), on its baseline. */
  x: number;
  y: number;
  anchor: 'start' | 'end' | 'middle';
  /** The room the name takes, which no other name or marker enters. */
  box: Rect;
}

/** Hangul and other wide scripts take about a full em. */
const WIDE_SCRIPT = /[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af]/;
/**
 * Latin letters by their width in the app's face (Noto Sans KR): "Warsaw" is as wide as
 * "Bogota" plus a letter, and a name estimated too narrow is written over the next marker.
 */
const LATIN_EMS: readonly [RegExp, number][] = [
  [/[ ijl.,'I!:;|]/, 0.28],
  [/[frt()\-/]/, 0.36],
  [/[sz]/, 0.47],
  [/[mwMW]/, 0.86],
  [/[DGHNOQU&]/, 0.73],
];

/** How wide `text` is drawn at `fontSize`, estimated from the widths of its letters. */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) {
    if (WIDE_SCRIPT.test(char)) ems += 1;
    else ems += LATIN_EMS.find(([letters]) => letters.test(char))?.[1] ?? 0.58;
  }
  return ems * fontSize;
}

/**
 * Names beside markers, the most important first: right of the marker, else left, above or
 * below; a name that fits nowhere without covering another name or marker, or that would leave
 * the area, is left out (its marker still says it to screen readers and on hover).
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  fontSize: number,
  area: Rect,
): PlacedLabel[] {
  const height = fontSize * 1.2;
  // About a word space: "Amsterdam" and "Minsk" end to end read as one name.
  const space = fontSize * 0.3;
  const taken: Rect[] = candidates.map((c) => ({
    left: c.x - c.r,
    top: c.y - c.r,
    right: c.x + c.r,
    bottom: c.y + c.r,
  }));
  const order = candidates
    .map((candidate, index) => ({ candidate, index }))
    .sort((a, b) => b.candidate.priority - a.candidate.priority || a.index - b.index);
  const placed: PlacedLabel[] = [];
  for (const { candidate: c, index } of order) {
    if (c.text === '') continue;
    const width = textWidth(c.text, fontSize);
    const gap = c.r + 3;
    const options: [PlacedLabel['anchor'], number, number, Rect][] = [
      ['start', c.x + gap, c.y, box(c.x + gap, c.y - height / 2, width, height)],
      ['end', c.x - gap, c.y, box(c.x - gap - width, c.y - height / 2, width, height)],
      ['middle', c.x, c.y - gap, box(c.x - width / 2, c.y - gap - height, width, height)],
      ['middle', c.x, c.y + gap, box(c.x - width / 2, c.y + gap, width, height)],
    ];
    for (const [anchor, x, y, bounds] of options) {
      if (!inside(bounds, area)) continue;
      // A label may touch its own marker; no other marker or label comes within a space of it.
      const spaced = {
        left: bounds.left - space,
        right: bounds.right + space,
        top: bounds.top,
        bottom: bounds.bottom,
      };
      const clashes = (other: Rect, i: number) =>
        i < candidates.length
          ? i !== index && rectsOverlap(bounds, other)
          : rectsOverlap(spaced, other);
      if (taken.some(clashes)) continue;
      taken.push(bounds);
      const baseline =
        anchor === 'middle' && y < c.y
          ? y - fontSize * 0.3
          : anchor === 'middle'
            ? y + fontSize
            : y + fontSize * 0.35;
      placed.push({ id: c.id, text: c.text, x, y: baseline, anchor, box: bounds });
      break;
    }
  }
  return placed;
}

function box(left: number, top: number, width: number, height: number): Rect {
  return { left, top, right: left + width, bottom: top + height };
}

function inside(a: Rect, area: Rect): boolean {
  return (
    a.left >= area.left && a.right <= area.right && a.top >= area.top && a.bottom <= area.bottom
  );
}
