// What the end-to-end tests need from the machine beyond node_modules, kept free of side
// effects so it can be tested with stand-ins for the file system and PATH.

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/** The Chromium the end-to-end fixtures launch (test/e2e/fixtures.ts finds it the same way). */
export function chromiumPath(env) {
  return env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM_PATH;
}

const POPPLER_TOOLS = ['pdftotext', 'pdftoppm'];

/**
 * The prerequisites missing on this machine, each with the Debian package that provides it.
 * `needs` narrows the check: the benchmarks use Chromium but never read a PDF back.
 */
export function missingPrerequisites({ env, exists, which, needs = ['chromium', 'poppler'] }) {
  const missing = [];
  if (needs.includes('chromium')) {
    const chromium = chromiumPath(env);
    if (!exists(chromium))
      missing.push({ name: `Chromium at ${chromium}`, aptPackage: 'chromium' });
  }
  if (needs.includes('poppler'))
    for (const tool of POPPLER_TOOLS)
      if (!which(tool)) missing.push({ name: `${tool} on PATH`, aptPackage: 'poppler-utils' });
  return missing;
}

/** One message naming what is missing and the command that installs it. */
export function prerequisitesMessage(missing) {
  const packages = [...new Set(missing.map((item) => item.aptPackage))];
  const lines = [
    `The browser tests cannot run: missing ${missing.map((item) => item.name).join(', ')}.`,
    `Install with: sudo apt-get install ${packages.join(' ')}`,
  ];
  if (packages.includes('chromium'))
    lines.push('(or set CHROMIUM_PATH to a Chromium installed elsewhere)');
  return lines.join('\n');
}

/** Finds an executable on PATH the way a shell would; `isFile` checks one candidate path. */
export function findOnPath(command, { env, platform, isFile, delimiter, join }) {
  const extensions =
    platform === 'win32' ? (env.PATHEXT ?? '.EXE;.CMD;.BAT;.COM').split(';') : [''];
  for (const dir of (env.PATH ?? env.Path ?? '').split(delimiter).filter(Boolean))
    for (const extension of extensions) {
      const candidate = join(dir, command + extension);
      if (isFile(candidate)) return candidate;
    }
  return null;
}
