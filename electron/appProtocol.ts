import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../shared/host/contentSecurityPolicy';
import { isAppUrl } from './security';

/**
 * Maps an app:// address to a file of the built renderer, or null when the address is not
 * the app's or would step outside the renderer's folder.
 */
export function resolveAppFile(rendererRoot: string, requestUrl: string): string | null {
  if (!isAppUrl(requestUrl)) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(requestUrl).pathname);
  } catch {
    return null;
  }
  const relative =
    pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const root = path.resolve(rendererRoot);
  const file = path.resolve(root, relative);
  return file === root || !file.startsWith(root + path.sep) ? null : file;
}

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  // The gazetteer of world cities, fetched by its worker.
  '.pbf': 'application/x-protobuf',
};

export function mimeTypeOf(file: string): string {
  return MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Headers of every app:// response: the declared type is the only one the browser may use. */
export function responseHeaders(
  file: string,
  policy: string = CONTENT_SECURITY_POLICY,
): Record<string, string> {
  const contentType = mimeTypeOf(file);
  return {
    'content-type': contentType,
    'x-content-type-options': 'nosniff',
    ...(contentType.startsWith('text/html') ? { 'content-security-policy': policy } : {}),
  };
}

const POLICY_META = /(<meta http-equiv="Content-Security-Policy" content=")[^"]*(")/;

/**
 * The page's own policy tag is rewritten too: a browser enforces every policy it is given, so
 * the built tag alone would still refuse the live servers the header allows.
 */
export function withPolicyMeta(html: string, policy: string): string {
  return html.replace(POLICY_META, (_match, start: string, end: string) => start + policy + end);
}

function notFound(): Response {
  return new Response('Not found', {
    status: 404,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' },
  });
}

/**
 * Answers an app:// request from the built renderer. `fetchFile` reads a file:// address
 * (Electron's net.fetch in the app).
 */
export async function appResponse(
  rendererRoot: string,
  requestUrl: string,
  fetchFile: (fileUrl: string) => Promise<Response>,
  /** The policy as of this request (it names the live servers allowed by then). */
  policy: string = CONTENT_SECURITY_POLICY,
): Promise<Response> {
  const file = resolveAppFile(rendererRoot, requestUrl);
  if (!file) return notFound();
  let fetched: Response;
  try {
    // Electron's net.fetch rejects, rather than answering 404, for a file that is not there.
    fetched = await fetchFile(pathToFileURL(file).toString());
  } catch {
    return notFound();
  }
  const headers = responseHeaders(file, policy);
  if (policy === CONTENT_SECURITY_POLICY || !headers['content-security-policy'])
    return new Response(fetched.body, { headers });
  return new Response(withPolicyMeta(await fetched.text(), policy), { headers });
}
