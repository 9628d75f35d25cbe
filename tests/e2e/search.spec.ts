import { test, expect } from '@playwright/test';

test('search finds an event by a word of its evidence', async ({ page, request }) => {
  const events: Array<{ id: string; sources: Array<{ evidence: string }> }> = await (await request.get('/data/events.json')).json();
  const e = events.find((x) => /Palladium/.test(JSON.stringify(x))) ?? events[0]!;
  const word = /Palladium/.test(JSON.stringify(e)) ? 'Palladium' : e.sources[0]!.evidence.split(/\W+/).find((w) => w.length > 7)!;
  await page.goto('/search/');
  await page.locator('#search input').fill(word);
  await expect(page.locator(`#search a[href$="/events/${e.id}/"]`).first()).toBeVisible({ timeout: 10_000 });
});

test('search finds an article by a word of its body alone, with events and articles listed together', async ({ page, request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const articles = [...sitemap.matchAll(/<loc>[^<]*?(\/articles\/[^<]+\/)<\/loc>/g)].map((m) => m[1]!);
  expect(articles.length).toBeGreaterThan(0);
  // A long word from the article's text that its title does not contain, so only the body can match it.
  let target: { path: string; word: string } | undefined;
  for (const path of articles) {
    await page.goto(path);
    const title = (await page.locator('h1').textContent()) ?? '';
    const body = (await page.locator('.article-body').textContent()) ?? '';
    const word = body.split(/[^A-Za-z]+/).find((w) => w.length >= 9 && !title.toLowerCase().includes(w.toLowerCase()));
    if (word) {
      target = { path, word };
      break;
    }
  }
  expect(target).toBeDefined();
  await page.goto('/search/');
  await page.locator('#search input').fill(target!.word);
  await expect(page.locator(`#search a[href$="${target!.path}"]`).first()).toBeVisible({ timeout: 10_000 });
  // Events and articles are indexed in different shards. Evidence is quoted verbatim from its article, so a
  // word of it must find both the event and the article, merged into one list of results.
  const events: Array<{ id: string; sources: Array<{ article: string; evidence: string }> }> = await (await request.get('/data/events.json')).json();
  const source = events[0]!.sources[0]!;
  // Its four longest words: every term must match, so few pages besides these two can.
  const words = [...new Set(source.evidence.split(/[^A-Za-z]+/))].sort((a, b) => b.length - a.length).slice(0, 4).join(' ');
  await page.locator('#search input').fill(words);
  await expect(page.locator(`#search a[href$="/events/${events[0]!.id}/"]`).first()).toBeVisible({ timeout: 10_000 });
  await expect(page.locator(`#search a[href$="/articles/${source.article}/"]`).first()).toBeVisible({ timeout: 10_000 });
});

test('without Web Workers Pagefind runs its WebAssembly on the page, which the search page\'s CSP allows with no violation', async ({ page, request }) => {
  const events: Array<{ id: string; sources: Array<{ evidence: string }> }> = await (await request.get('/data/events.json')).json();
  const e = events.find((x) => /Palladium/.test(JSON.stringify(x))) ?? events[0]!;
  const word = /Palladium/.test(JSON.stringify(e)) ? 'Palladium' : e.sources[0]!.evidence.split(/\W+/).find((w) => w.length > 7)!;
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  // In a worker the page's meta-tag policy does not apply; without one, the WebAssembly runs under it.
  await page.addInitScript(() => {
    Reflect.deleteProperty(window, 'Worker');
    document.addEventListener('securitypolicyviolation', (ev) => (window as unknown as { reportViolation(v: string): void }).reportViolation(`${ev.violatedDirective} ${ev.blockedURI}`));
  });
  await page.goto('/search/');
  expect(await page.evaluate(() => typeof Worker)).toBe('undefined');
  await page.locator('#search input').fill(word);
  await expect(page.locator(`#search a[href$="/events/${e.id}/"]`).first()).toBeVisible({ timeout: 10_000 });
  expect(violations).toEqual([]);
});
