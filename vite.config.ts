import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
// With its extension, as Vite's config loader asks of relative imports.
import { CONTENT_SECURITY_POLICY } from './shared/host/contentSecurityPolicy.js';
import { gazetteerTable } from './scripts/gazetteerTable.js';

const CHARSET_META = '<meta charset="UTF-8" />';

/**
 * Writes the policy into the built page, right after the charset so it governs everything
 * after it. Only for the build: the dev server injects inline scripts the policy would block.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml(html) {
      // A page without the anchor would ship with no policy at all: fail the build instead.
      if (!html.includes(CHARSET_META))
        throw new Error(`index.html lost its ${CHARSET_META}; the CSP goes right after it`);
      return html.replace(
        CHARSET_META,
        `${CHARSET_META}\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      );
    },
  };
}

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), contentSecurityPolicy(), gazetteerTable()],
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: Number(process.env.PORT ?? 4173), strictPort: true },
});
