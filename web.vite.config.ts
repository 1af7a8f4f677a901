import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const root = path.dirname(fileURLToPath(import.meta.url));

/** Where the build lists the project files it bundled (outside dist/web, so it is not served). */
const SOURCES_FILE = path.join(root, 'dist', 'web.sources.json');

/**
 * Writes every project file the bundle was made from (src/web and whatever it imports from
 * src/domain, src/generated, src/graph/export …) to SOURCES_FILE, so that
 * scripts/build-web-if-stale.js watches exactly what the page is built from.
 */
function listSources(): Plugin {
  return {
    name: 'list-sources',
    apply: 'build',
    generateBundle() {
      const files = [...this.getModuleIds()]
        .map((id) => id.split('?')[0] ?? id)
        .filter((id) => id.startsWith(root + path.sep) && !id.includes(`${path.sep}node_modules${path.sep}`))
        .map((id) => path.relative(root, id).split(path.sep).join('/'));
      mkdirSync(path.dirname(SOURCES_FILE), { recursive: true });
      writeFileSync(SOURCES_FILE, `${JSON.stringify([...new Set(files)].sort(), null, 1)}\n`);
    },
  };
}

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
  plugins: [listSources()],
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
