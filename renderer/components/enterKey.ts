/**
 * A key press an input method takes while it composes a syllable (Korean, Japanese): the Enter
 * or Escape that ends or drops the syllable belongs to it, not to the field. WebKit marks such
 * a press only by its key code, 229.
 */
export function isComposingKey(event: { nativeEvent: KeyboardEvent }): boolean {
  return event.nativeEvent.isComposing || event.nativeEvent.keyCode === 229;
}

/**
 * Enter pressed to act on what was typed, not the Enter that ends a syllable being composed.
 * Browsers send a key press for that Enter as well, often followed by a second one once the
 * syllable is in: acting on both would act twice, and acting on the first alone could act on a
 * word not yet finished.
 */
export function isEnterToAct(event: { key: string; nativeEvent: KeyboardEvent }): boolean {
  return event.key === 'Enter' && !isComposingKey(event);
}
