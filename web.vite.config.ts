import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = path.dirname(fileURLToPath(import.meta.url));

/*
 * The explorer page (src/web) as static files in dist/web, which src/server.ts serves at "/".
 * Everything is bundled — no CDN, no web fonts — so the page makes no request off the server.
 */
// eslint-disable-next-line no-restricted-syntax -- Vite reads a config's default export.
export default defineConfig({
  root: path.join(root, 'src/web'),
  base: '/',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: path.join(root, 'dist/web'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // sigma + graphology + graphql's printer: one chunk of ~300 kB is fine for a tool page.
    chunkSizeWarningLimit: 800,
  },
  server: {
    proxy: { '/graphql': 'http://127.0.0.1:4000', '/export': 'http://127.0.0.1:4000' },
  },
});
