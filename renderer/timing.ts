/**
 * User-timing measures of the app's own work (opening, editing, saving, laying out), for the
 * browser's performance panel and the benchmarks. On only when the address asks for them
 * (`?timings`), so a long session does not fill the performance timeline.
 */
const enabled =
  typeof location !== 'undefined' && new URLSearchParams(location.search).has('timings');

export function measureSince(name: string, start: number): void {
  if (enabled) performance.measure(name, { start, end: performance.now() });
}
