// `npm start`: builds the app and opens it in the desktop shell. Where Electron's binary is not
// installed (a machine that cannot download it), it serves the browser build instead.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { browserCommand } from './openBrowser.mjs';

const isWindows = process.platform === 'win32';

const run = (command, args) => {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: isWindows });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

/**
 * The installed Electron binary, or null. Found the way the electron package finds it, but
 * without requiring that package: requiring it tries to download a missing binary and prints
 * the failure's stack trace.
 */
function electronBinary() {
  let packageDir;
  try {
    packageDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(packageDir, 'dist');
  const binary = path.join(distDir, readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

async function answers(url, timeoutMs) {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline;) {
    try {
      await fetch(url);
      return true;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  return false;
}

function openInBrowser(url) {
  const opener = browserCommand(url, { platform: process.platform, env: process.env });
  if (!opener) return;
  // Best effort: without a default browser the address printed above is enough.
  try {
    const child = spawn(opener.command, opener.args, {
      stdio: 'ignore',
      detached: true,
      windowsVerbatimArguments: opener.verbatimArguments ?? false,
    });
    child.on('error', () => {});
    child.unref();
  } catch {
    // nothing to do
  }
}

async function serveBrowserBuild() {
  const url = `http://127.0.0.1:${process.env.PORT ?? 4173}/`;
  // Vite's own script run by this Node, not through npx: a signal then reaches the server
  // itself. Quiet, so the one line below is all that is said about serving.
  const viteDir = path.dirname(createRequire(import.meta.url).resolve('vite/package.json'));
  const preview = spawn(
    process.execPath,
    [path.join(viteDir, 'bin', 'vite.js'), 'preview', '--logLevel', 'warn'],
    { stdio: 'inherit' },
  );
  preview.on('exit', (code) => process.exit(code ?? 1));
  // Stopping this script stops the server too, rather than leaving it holding the port.
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => preview.kill(signal));
  const ready = await answers(url, 30_000);
  console.log(
    `\nElectron is not installed on this machine; the browser build is served at ${url} (Ctrl+C stops it).`,
  );
  if (ready) openInBrowser(url);
}

run('npm', ['run', 'build']);
const binary = electronBinary();
if (binary) run(binary, ['.']);
else await serveBrowserBuild();
