import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { responseHeaders } from '../appProtocol';

/**
 * The built web app for people who join from a browser: files of `root` only, read-only, with
 * the headers the desktop app sends (declared type, no sniffing, the content security policy on
 * pages). No listings, no fallbacks: what is not a file of the app is 404.
 */
export function resolveStaticFile(root: string, requestUrl: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(requestUrl, 'http://localhost').pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const segments = pathname.split('/');
  if (segments.some((segment) => segment === '..' || segment.startsWith('.'))) return null;
  const relative = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
  const base = path.resolve(root);
  const file = path.resolve(base, relative);
  return file.startsWith(base + path.sep) ? file : null;
}

function notFound(response: ServerResponse): void {
  const body = 'Not found';
  response.writeHead(404, {
    'content-type': 'text/plain; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'x-content-type-options': 'nosniff',
  });
  response.end(body);
}

/** A file of the app, after links are followed: a link out of the folder does not count. */
async function servableFile(root: string, file: string): Promise<{ size: number } | null> {
  try {
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(file)]);
    if (!realFile.startsWith(realRoot + path.sep)) return null;
    const info = await stat(realFile);
    return info.isFile() ? { size: info.size } : null;
  } catch {
    return null;
  }
}

export async function serveStatic(
  root: string | undefined,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const method = request.method ?? 'GET';
  const file =
    root && (method === 'GET' || method === 'HEAD')
      ? resolveStaticFile(root, request.url ?? '/')
      : null;
  const found = root && file ? await servableFile(root, file) : null;
  if (!file || !found) {
    notFound(response);
    return;
  }
  const headers: Record<string, string | number> = {
    ...responseHeaders(file),
    'content-length': found.size,
    'referrer-policy': 'no-referrer',
    // Pages name their scripts and styles by content hash; the page itself must be fresh.
    'cache-control': file.endsWith('.html') ? 'no-cache' : 'public, max-age=3600',
    // A meta tag cannot forbid framing; the header can.
    'x-frame-options': 'DENY',
  };
  response.writeHead(200, headers);
  if (method === 'HEAD') {
    response.end();
    return;
  }
  const stream = createReadStream(file);
  stream.on('error', () => response.destroy());
  stream.pipe(response);
}
