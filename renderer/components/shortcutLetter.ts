/**
 * The letter a shortcut key stands for. With a Korean input source on, the N key reports its
 * Hangul letter (ㅜ) as its key, or "Process" while the input method holds it, so shortcuts read
 * from the key alone go dead for anyone typing Korean. The key's place on the keyboard still
 * says N. A Latin letter the layout gives comes first, so AZERTY's or Dvorak's users keep the
 * letters printed on their keys.
 */
export function shortcutLetter(event: Pick<KeyboardEvent, 'key' | 'code'>): string | null {
  if (/^[a-z]$/i.test(event.key)) return event.key.toLowerCase();
  const place = /^Key([A-Z])$/.exec(event.code);
  return place ? place[1]!.toLowerCase() : null;
}
