import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { browserTestsSkipped, colouredPixels, launchChromium, recordHosts, screenshot } from '../helpers/browser';
import { testDb } from '../helpers/graphql';
import { buildWebPage, testServer } from '../helpers/server';

/*
 * The explorer as a hub officer uses it, in Debian's Chromium: type a city, open its card,
 * find peers, look at the network, trace a practice from one city to another. Screenshots
 * land in test-results/screenshots/ for people to look at.
 */
describe.skipIf(browserTestsSkipped())('web explorer in a real browser', () => {
  const db = testDb();
  let browser: Browser;
  let page: Page;
  let hosts: Set<string>;

  beforeAll(() => {
    // The page the server serves is the one built from this checkout (built before the server starts).
    const build = buildWebPage();
    if (build.status !== 0) throw new Error(`The web page did not build:\n${build.stderr}`);
  });
  // Warmed as `npm start` warms it: Neo4j plans the peer finder's statement once (it takes seconds
  // on a fresh database), before the first person — here the first test — asks.
  const server = testServer({ db, warm: true });
  beforeAll(async () => {
    browser = await launchChromium();
    await server.warmed;
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
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
    await pick(/^Find a city, country, region, hub/, 'Nansana', /^Nansana — Uganda\s*City$/);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Nansana');
    const facts = page.locator('.key-facts');
    await expect.poll(() => facts.textContent()).toContain('Uganda');
    expect(await facts.textContent()).toContain('East & Southern Africa');
    const practices = page.locator('section', { has: page.getByRole('heading', { name: 'Practices adopted' }) });
    expect(await practices.textContent()).toMatch(/Neighbourhood Watch\s*Piloting/);
    // Evidence is one click away and quotes the source.
    await practices.getByRole('button', { name: /Sources \(\d+\) for Neighbourhood Watch in Nansana/ }).click();
    await expect
      .poll(() => practices.locator('.evidence:not([hidden]) blockquote').first().textContent())
      .toMatch(/pilot Neighbourhood Watch in Gombe Division/);
    expect(await practices.locator('.evidence:not([hidden]) cite').first().textContent()).toBe('Impact: Catalysing City-Led Prevention');
    await screenshot(page, '01-nansana-card');
  });

  it('shows in search where a place lies: a division as part of its city and country, a city with its country', async () => {
    await page.goto(`${server.url}/`);
    const input = page.getByRole('combobox', { name: /^Find a city, country, region, hub/ });
    await input.fill('Gombe');
    const option = page.getByRole('option', { name: /^Gombe Division/ }).first();
    await option.waitFor();
    expect(await option.locator('.option-name').textContent()).toBe('Gombe Division — part of Nansana, Uganda');
    await input.fill('Kumanovo');
    await expect.poll(() => page.getByRole('option').first().locator('.option-name').textContent()).toBe('Kumanovo — North Macedonia');
  });

  it('draws Nansana’s network with nodes coloured by region, and downloads it', async () => {
    await page.goto(`${server.url}/#/city/nansana`);
    await page.getByRole('link', { name: 'Network', exact: true }).click();
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
    await page
      .locator('.node-list')
      .getByRole('link', { name: /^Cape Town/ })
      .click();
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
    expect(lines[0]).toBe(
      'rank,city_id,city,country,group,score,score_explained,distance_km,reason_kind,reason_weight,reason,excerpt,source',
    );
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
    await pick('From', 'Cape Town', /^Cape Town — South Africa\s*City$/);
    await pick('To', 'Nansana', /^Nansana — Uganda\s*City$/);
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

  it('does what the network intro says: a plain wheel scrolls the page past the drawing, Ctrl + wheel and the buttons zoom it', async () => {
    await page.goto(`${server.url}/#/city/nansana/network`);
    const stage = page.locator('.graph-stage');
    const svg = stage.locator('svg').first();
    await svg.waitFor();
    expect(await page.locator('.lede').textContent()).toMatch(/Zoom with \+ and − \(or Ctrl \+ scroll\) and drag to pan/);
    expect(await page.locator('.lede').textContent()).not.toMatch(/scroll to zoom/);
    const viewBox = () => svg.getAttribute('viewBox');
    const before = await viewBox();
    const box = (await stage.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, 300);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(await viewBox()).toBe(before);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -100);
    await page.keyboard.up('Control');
    await expect.poll(viewBox).not.toBe(before);
    const zoomed = await viewBox();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    expect(await viewBox()).not.toBe(zoomed);
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

  it('tells the Neighbourhood Watch cascade truthfully: the sources first, one line per influence, and plays it year by year on an offline map', async () => {
    await page.goto(`${server.url}/#/practice/neighbourhood-watch`);
    const timeline = page.locator('.timeline');
    await timeline.waitFor();
    // Origins are the actors with no documented earlier source: not the event Cape Town passed it on through, not
    // the network that only supported Nansana, not the pilot site.
    expect(await page.locator('p', { hasText: 'Where it started' }).textContent()).toBe('Where it started: Cape Town, Stellenbosch');
    const order = await timeline.locator('.step .step-body > .fact-line a').allTextContents();
    expect(order.indexOf('Cape Town')).toBeLessThan(order.indexOf('Nansana'));
    expect(order.indexOf('Stellenbosch')).toBeLessThan(order.indexOf('Nansana'));
    // Nansana's own step (Gombe Division's links to Nansana too: Nansana led to its pilot there).
    const nansana = timeline.locator('.step', { has: page.locator('.step-body > .fact-line a', { hasText: /^Nansana$/ }) });
    const lines = await nansana.locator('.learned .fact-text').allTextContents();
    expect(lines).toHaveLength(2); // Cape Town via the visit (the visit's own edge folded in), and Stellenbosch
    expect(lines.filter((l) => l.startsWith('learned from Cape Town'))).toHaveLength(1);
    // What only helped it along (support from a network, a push from the mayor) is told apart, once each.
    const helped = await nansana.locator('.helped .fact-text').allTextContents();
    expect(helped.filter((l) => l.startsWith('supported by Strong Cities Network'))).toHaveLength(1);
    expect(await timeline.textContent()).not.toContain('the dates overlap');
    // The map: drawn from bundled outlines (afterEach checks that nothing left 127.0.0.1).
    const map = page.locator('.cascade-map svg.map-svg');
    await map.waitFor();
    expect(await map.locator('.map-land path').count()).toBeGreaterThan(100);
    expect(await map.locator('[data-place]').count()).toBe(4);
    expect(await map.locator('.map-arcs path').count()).toBe(3); // Cape Town and Stellenbosch → Nansana → Gombe Division
    const colours = await map.locator('[data-place] circle').evaluateAll((cs) => cs.map((c) => c.getAttribute('fill')));
    expect(new Set(colours).size).toBeGreaterThan(1); // by adoption status
    // Played year by year: 2023 (the sources, undated, come in the year they taught Nansana), then what no source dates.
    await page.getByRole('button', { name: 'Play' }).click();
    const host = page.locator('.cascade-map');
    await expect.poll(() => host.getAttribute('data-frame')).toBe('2023');
    await expect.poll(() => host.getAttribute('data-frame'), { timeout: 15_000 }).toBe('date not stated');
    await expect.poll(() => page.getByRole('button', { name: 'Play' }).count(), { timeout: 5_000 }).toBe(1);
    expect(await page.locator('.map-year').textContent()).toMatch(/^Date not stated: Gombe Division/);
    const slider = page.getByRole('slider', { name: 'Year' });
    await slider.focus();
    await page.keyboard.press('Home');
    expect(await page.locator('.map-year').textContent()).toBe('2023: Cape Town, Stellenbosch, Nansana (3 of 4 places)');
    const shown = await map.locator('[data-place][visibility="visible"]').evaluateAll((as) => as.map((a) => a.getAttribute('data-place')));
    expect(shown.sort()).toEqual(['cape-town', 'nansana', 'stellenbosch']);
    await screenshot(page, '09-neighbourhood-watch-map');
    const [svg] = await Promise.all([page.waitForEvent('download'), page.locator('[data-download="map-SVG"]').click()]);
    expect(svg.suggestedFilename()).toBe('neighbourhood-watch-map.svg');
    const text = (await streamBytes(await svg.createReadStream())).toString('utf8');
    expect(text).toContain('<svg');
    expect(text).toContain('Stellenbosch');
    const [png] = await Promise.all([page.waitForEvent('download'), page.locator('[data-download="map-PNG"]').click()]);
    expect(await colouredPixels(page, await streamBytes(await png.createReadStream()))).toBeGreaterThan(100);
  });

  it('draws the largest ego network of the seed with no label over another label or a node, nothing past the edges, full names on hover', async () => {
    const [row] = await db.query<{ id: string }>('MATCH (c:City) RETURN c.id AS id ORDER BY COUNT { (c)--() } DESC, c.id LIMIT 1');
    await page.goto(`${server.url}/#/city/${row!.id}/network`);
    const stage = page.locator('.graph-stage[data-renderer="svg"]');
    await stage.waitFor();
    const geometry = await stage.evaluate((el) => {
      const frame = el.getBoundingClientRect();
      const box = (e: Element) => {
        const r = e.getBoundingClientRect();
        return { x: r.x, y: r.y, w: r.width, h: r.height };
      };
      return {
        frame: { x: frame.x, y: frame.y, w: frame.width, h: frame.height },
        labels: Array.from(el.querySelectorAll('text.node-label:not(.label-on-demand)')).map((t) => ({
          id: t.getAttribute('data-label'),
          ...box(t),
        })),
        nodes: Array.from(el.querySelectorAll('.node')).map((n) => ({
          id: n.getAttribute('data-node'),
          ...box(n.querySelector('circle')!),
        })),
      };
    });
    expect(geometry.nodes.length).toBeGreaterThanOrEqual(10);
    expect(geometry.labels.length).toBeGreaterThan(geometry.nodes.length / 2);
    const overlap = (a: { x: number; y: number; w: number; h: number }, b: { x: number; y: number; w: number; h: number }) =>
      Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) > 0.5 && Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) > 0.5;
    const clashes: string[] = [];
    geometry.labels.forEach((a, i) => geometry.labels.slice(i + 1).forEach((b) => overlap(a, b) && clashes.push(`${a.id} / ${b.id}`)));
    for (const l of geometry.labels) for (const n of geometry.nodes) if (overlap(l, n)) clashes.push(`label ${l.id} over node ${n.id}`);
    expect(clashes).toEqual([]);
    const f = geometry.frame;
    for (const l of geometry.labels)
      expect(
        l.x >= f.x - 0.5 && l.y >= f.y - 0.5 && l.x + l.w <= f.x + f.w + 0.5 && l.y + l.h <= f.y + f.h + 0.5,
        `${l.id} is cut at the edge`,
      ).toBe(true);
    // Every node names itself in full on hover (tooltip) and to screen readers (aria-label).
    expect(await stage.locator('.node title').count()).toBe(geometry.nodes.length);
    await screenshot(page, '10-largest-ego-network');
  });

  it('says "still working" with Cancel on a slow answer, and "no answer in time" with Try again after the timeout', async () => {
    await page.addInitScript(() => localStorage.setItem('pg.requestTimeoutMs', '4000'));
    let hold = true;
    await page.route('**/graphql', async (route) => {
      if (hold && (route.request().postData() ?? '').includes('peerCities')) {
        await new Promise((r) => setTimeout(r, 6000));
        return route.abort('timedout').catch(() => undefined);
      }
      return route.continue();
    });
    await page.goto(`${server.url}/#/city/danilovgrad/peers`);
    // The shell and search are there while the answer is awaited.
    expect(await page.getByRole('combobox', { name: 'Search' }).isVisible()).toBe(true);
    const slow = page.locator('.state-slow');
    await slow.waitFor();
    expect(await slow.textContent()).toMatch(/Still working on peers/);
    await slow.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.locator('.peer-results').textContent()).toMatch(/Stopped loading peers/);
    await page.locator('.peer-results').getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => page.getByRole('alert').textContent(), { timeout: 15_000 }).toMatch(/^No answer in time/);
    hold = false;
    await page.getByRole('alert').getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => page.locator('.result.peer h3').first().textContent(), { timeout: 30_000 }).toBe('1. Kumanovo');
  });

  it('finds a hub by search and lists its cities on a page of its own, and on the map', async () => {
    await page.goto(`${server.url}/`);
    await pick(/^Find a city, country, region, hub/, 'Western Balkans', /Western Balkans.*Hub\s*Hub$/);
    await expect.poll(() => page.locator('.eyebrow').first().textContent()).toBe('Regional hub');
    const table = page.locator('table.cities');
    await table.waitFor();
    const cities = await table.locator('tbody th a').allTextContents();
    expect(cities).toEqual(expect.arrayContaining(['Danilovgrad', 'Kumanovo', 'Elbasan']));
    expect(await page.title()).toMatch(/Western Balkans.* — Prevention Graph$/);
    // Each stated property shows its own evidence: the launch date its sentence, the funder its own.
    const facts = page.locator('.key-facts');
    expect(await facts.textContent()).toMatch(/Launched\s*Nov 2022/);
    await facts.getByRole('button', { name: /^Sources \(1\) for the launch of/ }).click();
    await expect
      .poll(() => facts.locator('.evidence:not([hidden]) blockquote').first().textContent())
      .toMatch(/In November 2022, the Strong Cities Network launched a Western Balkans Regional Hub/);
    expect(await facts.textContent()).toMatch(/Funded by\s*U\.S\. Department of State/);
    await page.getByRole('link', { name: 'See them on the map' }).click();
    const map = page.locator('svg.map-svg');
    await map.waitFor();
    expect(await map.locator('[data-place]').count()).toBe(cities.length);
  });

  it('accepts an exact name in the path finder without picking a suggestion, and closes suggestions on leaving the field', async () => {
    await page.goto(`${server.url}/#/paths`);
    const from = page.getByRole('combobox', { name: 'From' });
    await from.fill('cape town');
    await page.getByRole('option').first().waitFor();
    await page.getByRole('combobox', { name: 'To' }).fill('Nansana');
    // Leaving "From" closed its list; the exact name still counts.
    await expect.poll(() => page.locator('#path-from-list').isHidden()).toBe(true);
    await page.getByRole('combobox', { name: 'To' }).blur();
    await expect.poll(() => page.locator('#path-to-list').isHidden()).toBe(true);
    await page.getByRole('button', { name: 'Find paths' }).click();
    await expect.poll(() => page.url()).toContain('from=cape-town');
    expect(page.url()).toContain('to=nansana');
    await page.locator('.result.path').first().waitFor();
  });

  it('returns to the same place in a long list on Back', async () => {
    await page.goto(`${server.url}/#/city/danilovgrad/peers`);
    const last = page.locator('.result.peer').last();
    await last.waitFor();
    await last.scrollIntoViewIfNeeded();
    const y = await page.evaluate(() => window.scrollY);
    expect(y).toBeGreaterThan(400);
    await page.waitForTimeout(300); // the position is saved shortly after scrolling stops
    await last.locator('h3 a').click();
    await expect.poll(() => page.locator('.key-facts').count()).toBe(1);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await page.goBack();
    await page.locator('.result.peer').last().waitFor();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(y - 50);
  });

  describe('on a 390 px phone', () => {
    beforeEach(async () => {
      await page.setViewportSize({ width: 390, height: 844 });
    });
    const noSideways = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);

    it('shows Danilovgrad’s peers readably: Kumanovo first, a short graph band the page scrolls past, nothing wider than the screen', async () => {
      await page.goto(`${server.url}/#/city/danilovgrad/peers`);
      await page.locator('.result.peer').first().waitFor();
      expect(await page.locator('.result.peer h3').first().textContent()).toBe('1. Kumanovo');
      expect(await noSideways()).toBe(true);
      const stage = page.locator('.graph-stage');
      const box = (await stage.boundingBox())!;
      expect(box.height).toBeLessThanOrEqual(341);
      expect(await stage.evaluate((el) => getComputedStyle(el).touchAction)).toContain('pan-y');
      await screenshot(page, '11-phone-danilovgrad-peers');
    });

    it('brings path results into view after a search, and lists the hops instead of an unreadable drawing', async () => {
      await page.goto(`${server.url}/#/paths`);
      await pick('From', 'Cape Town', /^Cape Town — South Africa\s*City$/);
      await pick('To', 'Nansana', /^Nansana — Uganda\s*City$/);
      await page.getByRole('button', { name: 'Find paths' }).click();
      const first = page.locator('.result.path').first();
      await first.waitFor();
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
      expect(await page.locator('.graph-stage').count()).toBe(0);
      expect(await page.locator('.phone-only-note').textContent()).toMatch(/list above gives every hop/);
      expect(await noSideways()).toBe(true);
      await screenshot(page, '12-phone-paths');
    });

    it('lists a hub’s cities one under another, nothing cut at the edge, with its stated facts and their sources', async () => {
      await page.goto(`${server.url}/#/hub/western-balkans-hub`);
      const table = page.locator('table.cities');
      await table.waitFor();
      expect(await noSideways()).toBe(true);
      const right = await table.locator('td, th').evaluateAll((cells) => Math.max(...cells.map((c) => c.getBoundingClientRect().right)));
      expect(right).toBeLessThanOrEqual(390);
      expect(
        await page
          .locator('.key-facts')
          .getByRole('button', { name: /^Sources/ })
          .count(),
      ).toBeGreaterThanOrEqual(3);
      await screenshot(page, '14-phone-hub');
    });

    it('draws the Neighbourhood Watch map with names readable at phone size, keeps the page within the screen, and lists the cascade instead of drawing it', async () => {
      await page.goto(`${server.url}/#/practice/neighbourhood-watch`);
      await page.locator('.cascade-map svg.map-svg').waitFor();
      expect(await noSideways()).toBe(true);
      // Drawn at the phone's width, so that names keep a readable size rather than shrink with the map.
      const heights = await page
        .locator('.cascade-map svg.map-svg text[data-label]')
        .evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect().height));
      expect(heights.length).toBeGreaterThanOrEqual(3);
      for (const h of heights) expect(h).toBeGreaterThanOrEqual(10);
      // The cascade drawing gives way to the timeline, with a way to draw it anyway.
      expect(await page.locator('.phone-only-note').textContent()).toMatch(/the timeline above gives every step/);
      await page.getByRole('button', { name: 'Draw it anyway' }).click();
      await page.locator('.graph-stage').waitFor();
      await screenshot(page, '13-phone-practice-map');
    });
  });
});

async function streamBytes(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.from(c as Buffer));
  return Buffer.concat(chunks);
}
