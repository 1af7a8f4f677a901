import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { PROJECT_ROOT, loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { Db } from '../../src/neo4j/db';
import { startServer, type RunningServer } from '../../src/server';
import { browserTestsSkipped, colouredPixels, launchChromium, recordHosts, screenshot } from '../helpers/browser';

/*
 * The explorer as a hub officer uses it, in Debian's Chromium: type a city, open its card,
 * find peers, look at the network, trace a practice from one city to another. Screenshots
 * land in test-results/screenshots/ for people to look at.
 */
describe.skipIf(browserTestsSkipped())('web explorer in a real browser', () => {
  let server: RunningServer;
  let db: Db;
  let browser: Browser;
  let page: Page;
  let hosts: Set<string>;

  beforeAll(async () => {
    // The page the server serves is the one built from this checkout.
    const build = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts/build-web-if-stale.js')], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`The web page did not build:\n${build.stderr}`);
    db = Db.connect(inject('neo4j'));
    server = await startServer({ config: loadConfig({ PORT: '0', NODE_ENV: 'test' }), db, log: createLogger('silent') });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await db?.close();
  });
  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1366, height: 850 }, acceptDownloads: true });
    hosts = recordHosts(page);
  });
  afterEach(async () => {
    await page?.close();
    // Fonts and scripts are bundled: nothing may be fetched from anywhere but this server.
    expect([...hosts].filter((host) => host !== '127.0.0.1')).toEqual([]);
  });

  /** Types into a type-ahead like a person, then picks the suggestion by keyboard. */
  async function pick(label: string | RegExp, text: string, option: string | RegExp): Promise<void> {
    const input = page.getByRole('combobox', { name: label });
    await input.fill(text);
    await page.getByRole('option', { name: option }).first().waitFor();
    while (!(await page.getByRole('option', { name: option, selected: true }).count())) await input.press('ArrowDown');
    await input.press('Enter');
  }

  it('searches "Nansana" and opens its card with country, hub, practices and evidence', async () => {
    await page.goto(`${server.url}/`);
    await pick(/^Find a city, country, region, hub/, 'Nansana', /^Nansana\s*City$/);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Nansana');
    const facts = page.locator('.key-facts');
    await expect.poll(() => facts.textContent()).toContain('Uganda');
    expect(await facts.textContent()).toContain('East & Southern Africa');
    const practices = page.locator('section', { has: page.getByRole('heading', { name: 'Practices adopted' }) });
    expect(await practices.textContent()).toMatch(/Neighbourhood Watch\s*Piloting/);
    // Evidence is one click away and quotes the source.
    await practices.getByRole('button', { name: /Sources \(\d+\) for Neighbourhood Watch in Nansana/ }).click();
    await expect.poll(() => practices.locator('.evidence:not([hidden]) blockquote').first().textContent()).toMatch(/pilot Neighbourhood Watch in Gombe Division/);
    expect(await practices.locator('.evidence:not([hidden]) cite').first().textContent()).toBe('Impact: Catalysing City-Led Prevention');
    await screenshot(page, '01-nansana-card');
  });

  it('draws Nansana’s network with nodes coloured by region, and downloads it', async () => {
    await page.goto(`${server.url}/#/city/nansana`);
    await page.getByRole('link', { name: 'Network' }).click();
    const stage = page.locator('.graph-stage');
    await stage.waitFor();
    expect(Number(await stage.getAttribute('data-node-count'))).toBeGreaterThan(3);
    expect(await page.locator('.legend').textContent()).toContain('City in East & Southern Africa');
    expect(await page.locator('.node-list').textContent()).toContain('Cape Town');
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PNG' }).click()]);
    expect(png.suggestedFilename()).toBe('nansana-network.png');
    const bytes = await streamBytes(await png.createReadStream());
    // Coloured nodes were drawn (not a blank canvas): hundreds of saturated pixels.
    expect(await colouredPixels(page, bytes)).toBeGreaterThan(200);
    const [graphml] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'GraphML' }).click()]);
    const xml = (await streamBytes(await graphml.createReadStream())).toString('utf8');
    expect(xml).toContain('<node id="cape-town">');
    expect(xml).toMatch(/<edge id="[^"]*" source="cape-town" target="nansana">/);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV' }).click()]);
    const rows = (await streamBytes(await csv.createReadStream())).toString('utf8').trim().split('\r\n');
    expect(rows[0]).toMatch(/^from_id,from_name/);
    expect(rows.some((r) => r.startsWith('cape-town,Cape Town,City,East & Southern Africa,INSPIRED,nansana'))).toBe(true);
    await screenshot(page, '02-nansana-network');
    // Clicking a node opens its card (keyboard users follow the node list's links instead).
    await page.locator('.node-list summary').click();
    await page.locator('.node-list').getByRole('link', { name: /^Cape Town/ }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Cape Town');
  });

  it('finds peers for Nansana’s Neighbourhood Watch — Cape Town or Stellenbosch — each linking to its card', async () => {
    await page.goto(`${server.url}/#/city/nansana`);
    await page.getByRole('link', { name: 'Find peers' }).click();
    await page.getByLabel('A practice it wants to take up').selectOption({ label: 'Neighbourhood Watch' });
    await page.getByRole('button', { name: 'Find peers' }).click();
    await expect.poll(() => page.url()).toContain('practice=neighbourhood-watch');
    const peers = page.locator('.result.peer');
    await peers.first().waitFor();
    const names = await peers.locator('h3 a').allTextContents();
    const helper = names.find((n) => n === 'Cape Town' || n === 'Stellenbosch');
    expect(helper, `peers were ${names.join(', ')}`).toBeDefined();
    // Each peer comes with reasons, and each reason with its evidence.
    const helperItem = peers.filter({ has: page.getByRole('link', { name: helper!, exact: true }) });
    expect(await helperItem.locator('.reasons .fact').count()).toBeGreaterThan(0);
    await helperItem.locator('.cite').first().click();
    await expect.poll(() => helperItem.locator('.evidence:not([hidden]) blockquote').count()).toBeGreaterThan(0);
    expect(Number(await page.locator('.graph-stage').getAttribute('data-node-count'))).toBe(names.length + 1);
    await screenshot(page, '03-nansana-peers-neighbourhood-watch');
    await helperItem.getByRole('link', { name: helper!, exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(helper);
  });

  it('opens Danilovgrad’s peers with Kumanovo first and its sentence, without choosing a practice; has-done-it apart from close ties; CSV with the why', async () => {
    await page.goto(`${server.url}/#/city/danilovgrad`);
    await page.getByRole('link', { name: 'Find peers' }).click();
    const first = page.locator('.result.peer').first();
    await first.waitFor();
    expect(await first.locator('h3').textContent()).toBe('1. Kumanovo');
    expect(await first.textContent()).toContain('Already inspired Danilovgrad on Local Safety Council');
    expect(await first.locator('.score-why').textContent()).toMatch(/^Why this score: 4 for having already inspired Danilovgrad/);
    expect(await page.locator('.basis').textContent()).toMatch(/^Starting from what Danilovgrad plans or pilots: .*Local Safety Council/);
    // Two lists: those that have done it, then those only close by or in the same hub.
    const headings = await page.locator('.peer-group > h2').allTextContents();
    expect(headings[0]).toMatch(/^Have done what Danilovgrad needs/);
    expect(headings[1]).toMatch(/^Close by, in the same hub or already in touch/);
    const closeTies = page.locator('.group-close_ties .result.peer');
    for (const text of await closeTies.allTextContents()) expect(text).not.toMatch(/Implemented|Piloting/);
    expect(await page.title()).toBe('Peers for Danilovgrad — Prevention Graph');
    await screenshot(page, '04a-danilovgrad-peers-default');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('[data-download="CSV"]').click()]);
    const bytes = await streamBytes(await csv.createReadStream());
    // A byte-order mark, so that spreadsheet programs read UTF-8 (diacritics) correctly.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('rank,city_id,city,country,group,score,score_explained,distance_km,reason_kind,reason_weight,reason,excerpt,source');
    const kumanovo = lines.filter((l) => l.startsWith('1,kumanovo,Kumanovo,'));
    expect(kumanovo.length).toBeGreaterThan(3); // one row per reason
    expect(kumanovo.find((l) => l.includes('INFLUENCED_ASKER_BEFORE'))).toMatch(/Kumanovo city experts/);
    // Back to the card and forward again: the tab title follows the view.
    await page.goBack();
    await expect.poll(() => page.title()).toBe('Danilovgrad — Prevention Graph');
  });

  it('finds Kumanovo among Danilovgrad’s peers for a Local Safety Council, typed and picked by keyboard only', async () => {
    await page.goto(`${server.url}/`);
    // The header search: type and press Enter at once (the best match is picked when it comes).
    const search = page.getByRole('combobox', { name: 'Search' });
    await search.fill('Danilovgrad');
    await search.press('Enter');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Danilovgrad');
    await page.getByRole('link', { name: 'Find peers' }).focus();
    await page.keyboard.press('Enter');
    await page.getByLabel('A practice it wants to take up').selectOption({ label: 'Local Safety Council (LSC)' });
    await page.getByRole('button', { name: 'Find peers' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain('practice=local-safety-council');
    const first = page.locator('.result.peer').first();
    await first.waitFor();
    const names = await page.locator('.result.peer h3 a').allTextContents();
    expect(names).toContain('Kumanovo');
    const kumanovo = page.locator('.result.peer').filter({ has: page.getByRole('link', { name: 'Kumanovo', exact: true }) });
    expect(await kumanovo.textContent()).toMatch(/inspired Danilovgrad/i);
    await screenshot(page, '04-danilovgrad-peers-lsc');
  });

  it('traces influence from Cape Town to Nansana, each hop with its evidence', async () => {
    await page.goto(`${server.url}/#/paths`);
    await pick('From', 'Cape Town', /^Cape Town\s*City$/);
    await pick('To', 'Nansana', /^Nansana\s*City$/);
    await page.getByRole('button', { name: 'Find paths' }).click();
    await expect.poll(() => page.url()).toContain('from=cape-town');
    const paths = page.locator('.result.path');
    await paths.first().waitFor();
    expect(await paths.first().locator('h3').textContent()).toMatch(/^Path 1: Cape Town.*Nansana$/);
    const hop = paths.first().locator('.hop, .fact').first();
    expect(await hop.textContent()).toMatch(/Cape Town.*Nansana/);
    await hop.locator('.cite').click();
    const evidence = hop.locator('.evidence:not([hidden])');
    await expect.poll(() => evidence.locator('blockquote').first().textContent()).toMatch(/Cape Town/);
    expect(await evidence.locator('cite').first().textContent()).toBe('Impact: Catalysing City-Led Prevention');
    expect(Number(await page.locator('.graph-stage').getAttribute('data-node-count'))).toBeGreaterThanOrEqual(2);
    await screenshot(page, '05-path-cape-town-to-nansana');
  });

  it('shows the Neighbourhood Watch cascade with dates as the sources give them', async () => {
    await page.goto(`${server.url}/#/practice/neighbourhood-watch`);
    const timeline = page.locator('.timeline');
    await timeline.waitFor();
    const text = await timeline.textContent();
    expect(text).toContain('Nansana');
    expect(text).toContain('Stellenbosch');
    expect(text).toContain('Dec 2023');
    expect(text).not.toMatch(/\b\d{1,2} Dec 2023/); // no invented day
    expect(Number(await page.locator('.graph-stage').getAttribute('data-node-count'))).toBeGreaterThan(2);
    await screenshot(page, '06-neighbourhood-watch-cascade');
    // From the practice straight to the path finder, ends filled in.
    await page.getByRole('link', { name: /Trace it from Cape Town to Nansana/ }).click();
    await page.locator('.result.path').first().waitFor();
    expect(await page.getByRole('combobox', { name: 'From' }).inputValue()).toBe('Cape Town');
  });

  it('draws with its SVG fallback where WebGL is missing: nodes are links, the PNG is not blank', async () => {
    const plain = await launchChromium({ webgl: false });
    try {
      const p = await plain.newPage({ viewport: { width: 1366, height: 850 }, acceptDownloads: true });
      const seen = recordHosts(p);
      await p.goto(`${server.url}/#/city/nansana/network`);
      const stage = p.locator('.graph-stage[data-renderer="svg"]');
      await stage.waitFor();
      expect(await stage.locator('svg circle').count()).toBe(Number(await stage.getAttribute('data-node-count')));
      const [png] = await Promise.all([p.waitForEvent('download'), p.getByRole('button', { name: 'PNG' }).click()]);
      expect(await colouredPixels(p, await streamBytes(await png.createReadStream()))).toBeGreaterThan(200);
      await screenshot(p, '07-network-svg-fallback');
      await stage.locator('a[data-node="stellenbosch"]').click();
      await expect.poll(() => p.getByRole('heading', { level: 1 }).textContent()).toBe('Stellenbosch');
      expect([...seen].filter((host) => host !== '127.0.0.1')).toEqual([]);
    } finally {
      await plain.close();
    }
  });

  it('says so plainly when a city or a path end does not exist', async () => {
    await page.goto(`${server.url}/#/city/atlantis`);
    await expect.poll(() => page.locator('.state-empty').textContent()).toContain('There is no city with the id “atlantis”');
    await page.goto(`${server.url}/#/paths?from=atlantis&to=nansana`);
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/^Not found/);
  });

  it('shows an error with a working "Try again" when the server cannot be reached', async () => {
    await page.goto(`${server.url}/`);
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await page.goto(`${server.url}/#/city/nansana`);
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/^No connection/);
    await screenshot(page, '08-error-state');
    await page.unroute('**/graphql');
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Nansana');
  });
});

async function streamBytes(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.from(c as Buffer));
  return Buffer.concat(chunks);
}
