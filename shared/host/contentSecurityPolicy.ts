/**
 * The content security policy of the built app. The build writes it into the page as a meta
 * tag, so it holds under any static server; the desktop shell also sends it as a response
 * header, which the browser applies before the page's first byte is parsed. React Flow
 * positions nodes with inline styles, hence 'unsafe-inline' for styles only. The live sessions
 * server serves the page with its sync websocket on the same origin: 'self' in connect-src
 * covers ws:/wss: to that origin (CSP Level 3), so no other address needs to be allowed there.
 *
 * The desktop page comes from app://, so a live server it hosts or joins is another origin:
 * the shell rewrites the policy with exactly those origins (see `contentSecurityPolicy`).
 */
export function contentSecurityPolicy(liveOrigins: readonly string[] = []): string {
  const allowed = liveOrigins.flatMap((origin) => {
    const checked = liveSyncOrigin(origin);
    return checked ? [checked] : [];
  });
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    ["connect-src 'self'", ...new Set(allowed)].join(' '),
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

/** A host name or an IP literal, nothing that could end a CSP source or add another. */
const HOST_PATTERN =
  /^(\[[0-9a-f:.]+\]|[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*)$/i;

/**
 * The origin of a live server's sync endpoint, as a CSP source with its port: `ws://host:port`
 * (or wss:). Only the websocket: the provider speaks nothing else. Null for anything else, so
 * no address can widen the policy beyond one scheme, host and port.
 */
export function liveSyncOrigin(address: string): string | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:') return null;
  if (url.username || url.password || !HOST_PATTERN.test(url.hostname)) return null;
  const port = url.port || (url.protocol === 'wss:' ? '443' : '80');
  return `${url.protocol}//${url.hostname}:${port}`;
}
