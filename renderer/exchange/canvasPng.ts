/**
 * A canvas's pixels as PNG bytes, encoded at once. `toBlob` leaves the encoding to a moment the
 * page is idle and waits a second for one where nothing is being painted (a hidden or headless
 * window): a document of twenty pictures would wait twenty seconds.
 */
export function canvasPng(canvas: HTMLCanvasElement): Uint8Array {
  const url = canvas.toDataURL('image/png');
  const binary = atob(url.slice(url.indexOf(',') + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
