import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  chromiumPath,
  findOnPath,
  missingPrerequisites,
  prerequisitesMessage,
} from '../../scripts/prerequisites.mjs';

const machine = (files: string[], commands: string[]) => ({
  exists: (file: string) => files.includes(file),
  which: (command: string) => (commands.includes(command) ? `/usr/bin/${command}` : null),
});

describe('end-to-end prerequisites', () => {
  it('finds nothing missing on a machine that has it all', () => {
    expect(
      missingPrerequisites({
        env: {},
        ...machine(['/usr/bin/chromium'], ['pdftotext', 'pdftoppm']),
      }),
    ).toEqual([]);
  });

  it('names each missing piece and one install command for all of them', () => {
    const missing = missingPrerequisites({ env: {}, ...machine([], ['pdftoppm']) });
    expect(missing.map((item) => item.name)).toEqual([
      'Chromium at /usr/bin/chromium',
      'pdftotext on PATH',
    ]);
    const message = prerequisitesMessage(missing);
    expect(message).toContain('sudo apt-get install chromium poppler-utils');
    expect(message).toContain('CHROMIUM_PATH');
  });

  it('looks for Chromium where CHROMIUM_PATH points', () => {
    const env = { CHROMIUM_PATH: '/opt/chromium/chrome' };
    expect(chromiumPath(env)).toBe('/opt/chromium/chrome');
    const found = machine(['/opt/chromium/chrome'], ['pdftotext', 'pdftoppm']);
    expect(missingPrerequisites({ env, ...found })).toEqual([]);
    expect(missingPrerequisites({ env: {}, ...found })).toHaveLength(1);
  });

  it('checks only what the caller needs', () => {
    const bare = machine([], []);
    expect(
      missingPrerequisites({ env: {}, ...bare, needs: ['chromium'] }).map((i) => i.aptPackage),
    ).toEqual(['chromium']);
    const message = prerequisitesMessage(
      missingPrerequisites({ env: {}, ...bare, needs: ['poppler'] }),
    );
    expect(message).toContain('sudo apt-get install poppler-utils');
    expect(message).not.toContain('CHROMIUM_PATH');
  });

  it('searches PATH like a shell, with Windows extensions', () => {
    const posix = findOnPath('pdftotext', {
      env: { PATH: '/nope:/usr/local/bin:/usr/bin' },
      platform: 'linux',
      isFile: (file) => file === '/usr/bin/pdftotext' || file === '/usr/local/bin/pdftotext',
      delimiter: ':',
      join: path.posix.join,
    });
    expect(posix).toBe('/usr/local/bin/pdftotext');
    const windows = findOnPath('pdftoppm', {
      env: { Path: 'C:\\poppler\\bin', PATHEXT: '.COM;.EXE' },
      platform: 'win32',
      isFile: (file) => file === 'C:\\poppler\\bin\\pdftoppm.EXE',
      delimiter: ';',
      join: path.win32.join,
    });
    expect(windows).toBe('C:\\poppler\\bin\\pdftoppm.EXE');
    expect(
      findOnPath('pdftoppm', {
        env: {},
        platform: 'linux',
        isFile: () => true,
        delimiter: ':',
        join: path.posix.join,
      }),
    ).toBeNull();
  });
});
