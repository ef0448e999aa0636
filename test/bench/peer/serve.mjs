// Builds the plain React Flow page and serves it for the bench. It is built here, into a
// temporary folder, so it never ships in the app's build.
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, preview } from 'vite';

const port = Number(process.env.BENCH_PEER_PORT ?? 4175);
const root = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.join(tmpdir(), `bench-peer-${port}`);
const shared = { root, base: './', configFile: false, logLevel: 'warn' };

await build({
  ...shared,
  plugins: [react()],
  build: { outDir, emptyOutDir: true, target: 'es2022' },
});
const server = await preview({
  ...shared,
  build: { outDir },
  preview: { host: '127.0.0.1', port, strictPort: true },
});
server.printUrls();
