import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mimeTypeOf, resolveAppFile } from '../../electron/appProtocol';

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
  });
});
