#!/usr/bin/env node
// Builds the explorer page (dist/web) when it is missing or older than its sources, so that
// `npm start` on a fresh clone serves the page. Its sources are what the last build bundled:
// the build lists them (dist/web.sources.json, written by web.vite.config.ts), so a file the page
// starts to import from src/domain, src/graph/export … is watched without editing this script
// (an import is added by editing a file already listed). Also watched: the Vite config,
// package-lock.json (dependencies) and src/web/index.html. `--force` always builds.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const output = path.join(root, 'dist', 'web', 'index.html');
const sourcesFile = path.join(root, 'dist', 'web.sources.json');

/** The files the last build was made from; undefined when there is no list (then build). */
function lastSources() {
  try {
    const list = JSON.parse(readFileSync(sourcesFile, 'utf8'));
    return Array.isArray(list) && list.every((f) => typeof f === 'string') ? list : undefined;
  } catch {
    return undefined;
  }
}

/** Modification time of a file; a file that is gone counts as changed now. */
const modified = (file) => (existsSync(file) ? statSync(file).mtimeMs : Infinity);

const force = process.argv.includes('--force');
const built = existsSync(output) ? statSync(output).mtimeMs : 0;
const sources = lastSources();
const inputs = [...(sources ?? []), 'src/web/index.html', 'web.vite.config.ts', 'package-lock.json'].map((p) => path.join(root, p));
if (!force && sources && built >= Math.max(...inputs.map(modified))) process.exit(0);

process.stderr.write(built ? 'The web page is older than its sources: rebuilding dist/web …\n' : 'Building the web page into dist/web …\n');
let build;
try {
  ({ build } = await import('vite'));
} catch {
  // A production install (npm ci --omit=dev) has no Vite: serve the API, say why there's no page.
  process.stderr.write('Vite is not installed (dev dependency), so the web page cannot be built; the API still starts.\n');
  process.exit(0);
}
try {
  await build({ configFile: path.join(root, 'web.vite.config.ts') });
} catch (err) {
  process.stderr.write(
    `The web page failed to build: ${err instanceof Error ? err.message : String(err)}\nFix the error, or run \`npm run build:web\` to see it again.\n`,
  );
  process.exit(1);
}
