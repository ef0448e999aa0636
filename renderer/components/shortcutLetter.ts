/**
 * The letter a shortcut key stands for. With a Korean input source on, the N key reports its
 * Hangul letter (ㅜ) as its key, or "Process" while the input method holds it, so shortcuts read
 * from the key alone go dead for anyone typing Korean. The key's place on the keyboard still
 * says N. A Latin letter the layout gives comes first, so AZERTY's or Dvorak's users keep the
 * letters printed on their keys; and a key pressed with Alt or AltGr (Ctrl+Alt on Windows) types
 * a character of its own (ż, [) that no shortcut takes.
 */
export function shortcutLetter(
  event: Pick<KeyboardEvent, 'key' | 'code' | 'altKey'> & {
    getModifierState?: KeyboardEvent['getModifierState'];
  },
): string | null {
  if (/^[a-z]$/i.test(event.key)) return event.key.toLowerCase();
  if (event.altKey || event.getModifierState?.('AltGraph')) return null;
  // Only a letter of another script, or a key the input method holds, is read by its place.
  if (event.key !== 'Process' && !/^\p{L}$/u.test(event.key)) return null;
  const place = /^Key([A-Z])$/.exec(event.code);
  return place ? place[1]!.toLowerCase() : null;
}
