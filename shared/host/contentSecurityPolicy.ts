/**
 * The content security policy of the built app. The build writes it into the page as a meta
 * tag, so it holds under any static server; the desktop shell also sends it as a response
 * header, which the browser applies before the page's first byte is parsed. React Flow
 * positions nodes with inline styles, hence 'unsafe-inline' for styles only. The live sessions
 * server serves the page with its sync websocket on the same origin: 'self' in connect-src
 * covers ws:/wss: to that origin (CSP Level 3), so no other address needs to be allowed.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
