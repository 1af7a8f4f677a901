#!/usr/bin/env node
// Builds the explorer page (dist/web) when it is missing or older than its sources, so that
// `npm start` on a fresh clone serves the page. Sources: src/web/**, src/generated/** (the
// typed operations the page imports), the Vite config and package-lock.json (dependencies).
// `--force` always builds.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const output = path.join(root, 'dist', 'web', 'index.html');
const inputs = ['src/web', 'src/generated', 'web.vite.config.ts', 'package-lock.json'].map((p) => path.join(root, p));

/** Newest modification time under a file or folder. */
function newest(p) {
  if (!existsSync(p)) return 0;
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(s.mtimeMs, ...readdirSync(p).map((name) => newest(path.join(p, name))));
}

const force = process.argv.includes('--force');
const built = existsSync(output) ? statSync(output).mtimeMs : 0;
const changed = Math.max(...inputs.map(newest));
if (!force && built >= changed) process.exit(0);

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
