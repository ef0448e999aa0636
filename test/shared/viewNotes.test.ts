import { describe, expect, it } from 'vitest';
import { savedViewsSchema } from '../../shared/format/mapSchema';
import { SHOW_EVERYTHING } from '../../shared/map/filters';
import { MAX_VIEW_NOTES_LENGTH, withNotes, type SavedView } from '../../shared/map/savedViews';

const view: SavedView = {
  id: 'v1',
  name: 'Partners',
  nameKo: '',
  viewport: null,
  focus: null,
  filters: SHOW_EVERYTHING,
};

describe("a saved view's presenter notes", () => {
  it('keeps notes over several lines, and drops empty ones', () => {
    const noted = withNotes(view, 'Start with Hanoi.\nThen the networks.');
    expect(noted.notes).toBe('Start with Hanoi.\nThen the networks.');
    expect('notes' in withNotes(noted, '   ')).toBe(false);
    expect(withNotes(view, 'x'.repeat(MAX_VIEW_NOTES_LENGTH + 10)).notes).toHaveLength(
      MAX_VIEW_NOTES_LENGTH,
    );
  });

  it('reads notes from a file, views without them as before, and refuses control characters', () => {
    expect(savedViewsSchema.parse([withNotes(view, 'Line one\nLine two')])[0]!.notes).toBe(
      'Line one\nLine two',
    );
    expect(savedViewsSchema.parse([view])[0]!.notes).toBeUndefined();
    expect(savedViewsSchema.safeParse([{ ...view, notes: 'bell\u0007' }]).success).toBe(false);
    expect(
      savedViewsSchema.safeParse([{ ...view, notes: 'x'.repeat(MAX_VIEW_NOTES_LENGTH + 1) }])
        .success,
    ).toBe(false);
  });
});
