import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { appResponse, mimeTypeOf, resolveAppFile } from '../../electron/appProtocol';
import { CONTENT_SECURITY_POLICY } from '../../shared/host/contentSecurityPolicy';

const root = path.resolve('/opt/workbench/dist');

describe('app:// protocol', () => {
  it('serves the renderer’s files, index.html at the root', () => {
    expect(resolveAppFile(root, 'app://workbench/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://workbench/assets/index.js')).toBe(
      path.join(root, 'assets', 'index.js'),
    );
  });

  it('never resolves outside the renderer folder, and refuses foreign hosts', () => {
    for (const url of [
      'app://workbench/%2e%2e/%2e%2e/etc/passwd',
      'app://workbench/..%2f..%2fetc/passwd',
    ]) {
      const file = resolveAppFile(root, url);
      if (file !== null) expect(file.startsWith(root + path.sep)).toBe(true);
    }
    expect(resolveAppFile(root, 'app://workbench/..%2fsecret')).toBeNull();
    expect(resolveAppFile(root, 'app://evil/index.html')).toBeNull();
    expect(resolveAppFile(root, 'https://workbench/index.html')).toBeNull();
  });

  it('names content types', () => {
    expect(mimeTypeOf('a/b.woff2')).toBe('font/woff2');
    expect(mimeTypeOf('index.html')).toContain('text/html');
    expect(mimeTypeOf('assets/cities-Bx1.pbf')).toBe('application/x-protobuf');
  });
});

describe('app:// responses', () => {
  const fileFetch = vi.fn(async (_url: string) => new Response('<!doctype html>'));

  it('sends the content security policy with the page, and no sniffing for any file', async () => {
    const page = await appResponse(root, 'app://workbench/index.html', fileFetch);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    await expect(page.text()).resolves.toBe('<!doctype html>');
    expect(fileFetch).toHaveBeenCalledWith(pathToFileURL(path.join(root, 'index.html')).href);

    const script = await appResponse(root, 'app://workbench/assets/index.js', fileFetch);
    expect(script.headers.get('content-type')).toContain('text/javascript');
    expect(script.headers.get('x-content-type-options')).toBe('nosniff');
    expect(script.headers.has('content-security-policy')).toBe(false);
  });

  it('answers 404 outside the renderer and for files that are not there', async () => {
    const outside = await appResponse(root, 'app://evil/index.html', fileFetch);
    expect(outside.status).toBe(404);
    expect(outside.headers.get('x-content-type-options')).toBe('nosniff');
    const missing = await appResponse(root, 'app://workbench/nothing.js', async () => {
      throw new Error('net::ERR_FILE_NOT_FOUND');
    });
    expect(missing.status).toBe(404);
  });
});
