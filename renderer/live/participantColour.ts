/** Each participant's colour, the same on every copy: worked out from their id. */
const COLOURS = [
  '#d9480f',
  '#2b8a3e',
  '#1971c2',
  '#9c36b5',
  '#c2255c',
  '#087f5b',
  '#5f3dc4',
  '#e67700',
];

export function colourOf(participantId: string): string {
  let hash = 0;
  for (const char of participantId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return COLOURS[hash % COLOURS.length]!;
}
