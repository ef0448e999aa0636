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
};

export function mimeTypeOf(file: string): string {
  return MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Headers of every app:// response: the declared type is the only one the browser may use. */
export function responseHeaders(file: string): Record<string, string> {
  const contentType = mimeTypeOf(file);
  return {
    'content-type': contentType,
    'x-content-type-options': 'nosniff',
    ...(contentType.startsWith('text/html')
      ? { 'content-security-policy': CONTENT_SECURITY_POLICY }
      : {}),
  };
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
  return new Response(fetched.body, { headers: responseHeaders(file) });
}
