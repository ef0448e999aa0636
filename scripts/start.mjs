// `npm start`: builds the app and opens it in the desktop shell. Where Electron's binary is not
// installed (a machine that cannot download it), it says so and serves the browser build instead.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const run = (command, args) => {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run('npm', ['run', 'build']);
function electronBinary() {
  try {
    // The electron package exports the path of its binary, and throws when it is missing.
    return createRequire(import.meta.url)('electron');
  } catch {
    return null;
  }
}
const binary = electronBinary();
if (typeof binary === 'string' && existsSync(binary)) {
  run(binary, ['.']);
} else {
  console.warn('\nElectron is not installed on this machine; serving the browser build instead.');
  console.warn(`Open http://127.0.0.1:${process.env.PORT ?? 4173} in a browser.\n`);
  run('npx', ['vite', 'preview']);
}
