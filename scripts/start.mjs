// `npm start`: builds the app and opens it in the desktop shell. Where Electron's binary is not
// installed (a machine that cannot download it), it says so and serves the browser build instead.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const run = (command, args) => {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run('npm', ['run', 'build']);
let electronBinary = null;
try {
  electronBinary = createRequire(import.meta.url)('electron');
} catch {
  electronBinary = null;
}
if (typeof electronBinary === 'string' && existsSync(electronBinary)) {
  run(electronBinary, ['.']);
} else {
  console.warn('\nElectron is not installed on this machine; serving the browser build instead.');
  console.warn(`Open http://127.0.0.1:${process.env.PORT ?? 4173} in a browser.\n`);
  run('npx', ['vite', 'preview']);
}
