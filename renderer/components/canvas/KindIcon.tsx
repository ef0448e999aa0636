import type { NodeKind } from '../../../shared/model/vocabulary';

/** One small line icon per node kind, drawn inline so it needs no icon font and prints sharp. */
const PATHS: Record<NodeKind, string> = {
  goal: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zm0 4a5 5 0 1 1 0 10 5 5 0 0 1 0-10zm0 3.5a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3z',
  partnerCity:
    'M3 21V10l5-3v4l5-3v3h3V4h4v17H3zm3-2h2v-2H6v2zm0-4h2v-2H6v2zm5 4h2v-2h-2v2zm0-4h2v-2h-2v2zm5 4h2v-2h-2v2zm0-4h2v-2h-2v2zm0-4h2V9h-2v2z',
  network:
    'M12 2a3 3 0 0 1 1 5.83V10h4.17A3 3 0 1 1 17 12h-4v2.17A3 3 0 1 1 11 14.17V12H7a3 3 0 1 1 .17-2H11V7.83A3 3 0 0 1 12 2z',
  actor: 'M12 3a4 4 0 1 1 0 8 4 4 0 0 1 0-8zm0 10c4.42 0 8 1.79 8 4v3H4v-3c0-2.21 3.58-4 8-4z',
  project: 'M4 5h6l2 2h8v12H4V5zm2 4v8h12V9H6z',
  idea: 'M4 3h16v12l-6 6H4V3zm2 2v14h7v-5h5V5H6zm9 11v3l3-3h-3z',
};

export function KindIcon({ kind, size = 16 }: { kind: NodeKind; size?: number }) {
  return (
    <svg
      className="kind-icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[kind]} fill="currentColor" fillRule="evenodd" />
    </svg>
  );
}
