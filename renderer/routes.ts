/** The address of what is on screen, so a reload returns to the open strategy. */
export function strategyIdFromHash(hash: string): string | null {
  const match = /^#\/strategy\/([^/?#]+)$/.exec(hash);
  return match ? decodeURIComponent(match[1]!) : null;
}

export function hashForStrategy(id: string | null): string {
  return id ? `#/strategy/${encodeURIComponent(id)}` : '#/';
}

/** The presentation of a strategy's saved views: `#/present/ID`. */
export function presentIdFromHash(hash: string): string | null {
  const match = /^#\/present\/([^/?#]+)(?:\?.*)?$/.exec(hash);
  return match ? decodeURIComponent(match[1]!) : null;
}

export function hashForPresentation(id: string): string {
  return `#/present/${encodeURIComponent(id)}`;
}
