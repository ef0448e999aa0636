// `npm run serve`: builds the web app and the live sessions server, then runs the server (see
// electron/live/liveServer.ts and the README's "Live sessions server"). HOST, PORT, DATA_DIR,
// REDIS_URL, ADMIN_TOKEN and TRUST_PROXY configure it.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

// Vite's own script run by this Node, so the build needs no shell.
const viteDir = path.dirname(createRequire(import.meta.url).resolve('vite/package.json'));
const vite = spawnSync(
  process.execPath,
  [path.join(viteDir, 'bin', 'vite.js'), 'build', '--logLevel', 'warn'],
  { stdio: 'inherit' },
);
if (vite.status !== 0) process.exit(vite.status ?? 1);

// Only the server's own code is bundled; its packages load from node_modules as they are.
await build({
  entryPoints: ['electron/live/serveMain.ts'],
  outfile: 'dist-server/serve.mjs',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  logLevel: 'warning',
});

await import(pathToFileURL(path.join(root, 'dist-server', 'serve.mjs')).href);
