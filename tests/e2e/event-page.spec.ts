import { test, expect } from '@playwright/test';

type Ev = { id: string; date: string | null; summary: string; sources: Array<{ article: string; event_key: string; evidence: string }> };
// The page an event's anchor link points at: its day's when the day is known, else its month's (or year's).
const anchorPeriod = (date: string | null) => (date ? (date.length === 10 ? date : date.slice(0, 7)) : 'undated');

test('each event page links to its place on its period page and to its articles, and previews itself when shared', async ({ page, request }) => {
  const all: Ev[] = await (await request.get('/data/events.json')).json();
  for (const e of all) {
    await page.goto(`/events/${e.id}/`);
    await expect(page.locator('h1')).toHaveText(e.summary);
    await expect(page.locator('a', { hasText: 'See it on the timeline' })).toHaveAttribute('href', `/timeline/${anchorPeriod(e.date)}/#${e.id}`);
    for (const s of e.sources) await expect(page.locator(`a[href$="/articles/${s.article}/"]`).first()).toBeVisible();
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', new RegExp(e.summary.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(ld['@type']).toBe('Event');
    expect(ld.name).toBe(e.summary);
  }
});

test('an evidence link opens the article with that sentence highlighted and linked back', async ({ page, request }) => {
  const all: Ev[] = await (await request.get('/data/events.json')).json();
  const e = all[0]!;
  const s = e.sources[0]!;
  await page.goto(`/events/${e.id}/`);
  await page.locator(`a[href$="/articles/${s.article}/#ev-${s.event_key}"]`).click();
  const mark = page.locator(`mark#ev-${s.event_key}`);
  await expect(mark).toBeInViewport();
  expect(await mark.evaluate((el) => el.matches(':target'))).toBe(true);
  await expect(mark.locator('a')).toHaveAttribute('href', new RegExp(`/events/${e.id}/$`));
});

test('the event page shows where sources disagree, with who says what', async ({ page, request }) => {
  const all: Array<Ev & { disagreements: Array<{ field: string }> }> = await (await request.get('/data/events.json')).json();
  const e = all.find((x) => x.disagreements.length);
  // The bundled seeds give one: about 100 vs 100 CBP personnel in February 2020.
  expect(e, 'an event whose sources disagree').toBeTruthy();
  await page.goto(`/events/${e!.id}/`);
  await expect(page.locator('#disagree')).toBeVisible();
  await expect(page.locator('#disagree + ul li').first()).toContainText(e!.disagreements[0]!.field);
});

test('"See it on the timeline" opens the page of the event\'s day (or month) with the event on screen as the :target', async ({ page, request }) => {
  const all: Ev[] = await (await request.get('/data/events.json')).json();
  for (const e of [all[0]!, all[all.length - 1]!]) {
    await page.goto(`/events/${e.id}/`);
    await page.locator('a', { hasText: 'See it on the timeline' }).click();
    await expect(page).toHaveURL(new RegExp(`/timeline/${anchorPeriod(e.date)}/#${e.id}$`));
    const target = page.locator(`[id="${e.id}"]`);
    await expect(target).toBeInViewport();
    expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
  }
});

test.describe('the copy-link button', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copies the permalink and announces it', async ({ page, request }) => {
    const all: Ev[] = await (await request.get('/data/events.json')).json();
    await page.goto(`/events/${all[0]!.id}/`);
    const permalink = await page.locator('dt:text-is("Permalink") + dd a').getAttribute('href');
    expect(permalink).toMatch(new RegExp(`/events/${all[0]!.id}/$`));
    await page.evaluate(() => navigator.clipboard.writeText('something else'));
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.locator('copy-link [role="status"]')).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(permalink);
  });
});

test('with JavaScript off there is no copy button and the permalink link is there to copy', async ({ browser, request }) => {
  const all: Ev[] = await (await request.get('/data/events.json')).json();
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/events/${all[0]!.id}/`);
  await expect(page.locator('dt:text-is("Permalink") + dd a')).toHaveAttribute('href', new RegExp(`/events/${all[0]!.id}/$`));
  await expect(page.locator('copy-link')).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
  await context.close();
});

test('without the Clipboard API there is no copy button', async ({ page, request }) => {
  const all: Ev[] = await (await request.get('/data/events.json')).json();
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
  await page.goto(`/events/${all[0]!.id}/`);
  await expect(page.locator('dt:text-is("Permalink") + dd a')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
});
