/**
 * Full screen where the browser allows it; where it does not (no gesture, a policy, an embedded
 * frame) the presentation still fills the app's window, so a refusal is not an error.
 */
export async function enterFullScreen(): Promise<void> {
  const root = document.documentElement;
  if (document.fullscreenElement || typeof root.requestFullscreen !== 'function') return;
  try {
    await root.requestFullscreen();
  } catch {
    // Refused: the window is the stage.
  }
}

export async function leaveFullScreen(): Promise<void> {
  if (!document.fullscreenElement) return;
  try {
    await document.exitFullscreen();
  } catch {
    // Already left.
  }
}
