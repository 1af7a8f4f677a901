import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../src/config';

/*
 * A real browser for the e2e tests: Debian's Chromium driven by playwright-core (which
 * downloads no browser of its own). CHROMIUM_PATH overrides where it is looked for.
 * WebGL comes from SwiftShader (a CPU renderer), so sigma draws without a GPU.
 */
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Where Chromium is, or a message saying how to get it. */
export function findChromium(): { path?: string; problem?: string } {
  const wanted = process.env.CHROMIUM_PATH;
  if (wanted) return existsSync(wanted) ? { path: wanted } : { problem: `CHROMIUM_PATH is ${wanted}, but there is no file there.` };
  const found = CANDIDATES.find((p) => existsSync(p));
  return found
    ? { path: found }
    : {
        problem:
          'Chromium is not installed. Install it with `apt-get install -y chromium` (Debian), set CHROMIUM_PATH, or set SKIP_BROWSER_TESTS=1 to skip the browser tests.',
      };
}

/** Browser tests run unless SKIP_BROWSER_TESTS=1; a missing browser is a failure, not a skip. */
export const browserTestsSkipped = (): boolean => process.env.SKIP_BROWSER_TESTS === '1';

/**
 * Launches headless Chromium with no network chatter of its own and software WebGL, or with
 * no WebGL at all (`webgl: false`) to exercise the page's SVG fallback.
 */
export async function launchChromium({ webgl = true }: { webgl?: boolean } = {}): Promise<Browser> {
  const { path: executablePath, problem } = findChromium();
  if (!executablePath) throw new Error(problem);
  return chromium.launch({
    executablePath,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
      '--disable-extensions',
      '--metrics-recording-only',
      '--disable-dev-shm-usage',
      ...(webgl ? [] : ['--disable-3d-apis']),
    ],
  });
}

/** Collects the host of every request the page makes, to prove none leaves the machine. */
export function recordHosts(page: Page): Set<string> {
  const hosts = new Set<string>();
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'ws:' || url.protocol === 'wss:') hosts.add(url.hostname);
  });
  return hosts;
}

export const SCREENSHOT_DIR = path.join(PROJECT_ROOT, 'test-results', 'screenshots');

/** Saves a full-page screenshot as test-results/screenshots/<name>.png (a CI artefact). */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Counts the saturated (coloured, not grey or white) pixels of a PNG, decoded by the browser
 * itself: a drawing whose nodes are coloured by region has many, a blank one none.
 */
export async function colouredPixels(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    let n = 0;
    for (let i = 0; i < data.length; i += 4) {
      const r = data[i]!;
      const g = data[i + 1]!;
      const b = data[i + 2]!;
      if (Math.max(r, g, b) - Math.min(r, g, b) > 60) n += 1;
    }
    return n;
  }, png.toString('base64'));
}
