/**
 * Enter pressed to act on what was typed, not the Enter that ends a syllable an input method is
 * still composing (Korean, Japanese). Browsers send a key press for that Enter as well, often
 * followed by a second one once the syllable is in: acting on both would act twice, and acting
 * on the first alone could act on a word not yet finished.
 */
export function isEnterToAct(event: { key: string; nativeEvent: KeyboardEvent }): boolean {
  // 229: the key code of a key press an input method takes, where isComposing is not set.
  return (
    event.key === 'Enter' && !event.nativeEvent.isComposing && event.nativeEvent.keyCode !== 229
  );
}
