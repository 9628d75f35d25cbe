// Past 300 events the home page keeps the newest; every event is on its month's page, /#<id> still lands,
// and filters (the form, a shared URL, the brush) reach every event through the timeline index.
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { article } from '../../bench/corpus.ts';
import { buildSite, ingest } from '../tools/build-site.ts';
import { dragAcrossBars, inPeriod } from '../tools/overview.ts';
import { serve } from '../tools/serve.ts';

type Ev = { id: string; date: string | null; agencies: string[] };
const periodOf = (date: string | null) => (date ? date.slice(0, 7) : 'undated');
const anchorPeriod = (date: string | null) => (date && date.length === 10 ? date : periodOf(date));
/** True when the whole of an event's date falls in the months [from, to]: a year-only date needs the whole year. */
/** Agencies with sub-units: a filter on one of them also matches its units, so the tests filter on others. */
const PARENTS = new Set(['ICE', 'CBP', 'USBP', 'DOJ']);

// One build of 420 synthetic articles, shared by the tests below (they run in order in one worker).
test.describe.configure({ mode: 'serial' });
let site: { url: string; close: () => Promise<void> };
let events: Ev[];

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const work = mkdtempSync(join(tmpdir(), 'large-'));
  mkdirSync(join(work, 'inbox'));
  for (let i = 0; i < 420; i++) {
    const a = article(i, 3);
    writeFileSync(join(work, 'inbox', a.name), a.text);
  }
  ingest(join(work, 'content'), [join(work, 'inbox')]);
  buildSite(join(work, 'content'), join(work, 'dist'));
  events = JSON.parse(readFileSync(join(work, 'dist/data/events.json'), 'utf8')) as Ev[];
  site = await serve(join(work, 'dist'));
});

test.afterAll(async () => {
  await site?.close();
});

/** The ids of the events listed and visible, read from each item's link to its event page. */
async function visibleIds(page: Page): Promise<string[]> {
  const hrefs = await page.locator('li.event:visible > a[href*="/events/"]').evaluateAll((els) => els.map((el) => el.getAttribute('href')!));
  return hrefs.map((h) => /\/events\/([^/]+)\//.exec(h)![1]!).sort();
}

const homeIds = async (page: Page) => page.locator('#timeline-list li.event').evaluateAll((els) => els.map((el) => el.id));

test('the home page keeps the newest events, and old /#<id> links and event pages lead to the month page', async ({ page }) => {
  expect(events.length).toBeGreaterThan(300);
  const oldest = events[0]!;
  await page.goto(site.url);
  expect(await page.locator('li.event').count()).toBeLessThanOrEqual(50);
  await page.goto(`${site.url}#${oldest.id}`);
  await expect(page).toHaveURL(new RegExp(`/timeline/${periodOf(oldest.date)}/#${oldest.id}$`));
  await expect(page.locator(`[id="${oldest.id}"]`)).toBeInViewport();
  await page.goto(`${site.url}events/${oldest.id}/`);
  await page.locator('a', { hasText: 'See it on the timeline' }).click();
  await expect(page).toHaveURL(new RegExp(`/timeline/${anchorPeriod(oldest.date)}/#${oldest.id}$`));
  const target = page.locator(`[id="${oldest.id}"]`);
  await expect(target).toBeInViewport();
  expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
});

test('a shared filtered URL on the paged home page lists the matching events of every month', async ({ page }) => {
  await page.goto(site.url);
  const onHome = new Set(await homeIds(page));
  // The leaf agency and year with the most events, so the matches reach well past the newest events.
  const counts = new Map<string, number>();
  for (const e of events) for (const a of e.agencies) if (e.date && !PARENTS.has(a)) counts.set(`${a} ${e.date.slice(0, 4)}`, (counts.get(`${a} ${e.date.slice(0, 4)}`) ?? 0) + 1);
  const [agency, year] = [...counts].sort((x, y) => y[1] - x[1])[0]![0].split(' ') as [string, string];
  const expected = events.filter((e) => e.agencies.includes(agency) && e.date?.startsWith(year)).map((e) => e.id).sort();
  expect(new Set(expected.map((id) => id.slice(0, 7))).size).toBeGreaterThan(1);
  expect(expected.some((id) => !onHome.has(id))).toBe(true);

  await page.goto(`${site.url}?agency=${agency}&year=${year}`);
  await expect(page.locator('.filter-status')).toHaveText(`Showing ${expected.length} of ${events.length} events.`);
  expect(await visibleIds(page)).toEqual(expected);
  await expect(page.locator('select[name=agency]')).toHaveValue(agency);
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  // Each match links to its place on its month page, and that link lands.
  const first = events.find((e) => e.id === expected[0])!;
  const anchor = page.locator(`li.event:visible a[href$="/timeline/${anchorPeriod(first.date)}/#${first.id}"]`);
  await anchor.click();
  await expect(page.locator(`[id="${first.id}"]`)).toBeInViewport();
});

test('with JavaScript off a filtered URL on the paged home page still shows the page as built', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(site.url);
  const built = await homeIds(page);
  await page.goto(`${site.url}?year=2020`);
  expect(await page.locator('li.event:visible').evaluateAll((els) => els.map((el) => el.id))).toEqual(built);
  await context.close();
});

test('#<id> inside a filtered view on the paged home page lands on the month page', async ({ page }) => {
  await page.goto(site.url);
  const newest = (await homeIds(page)).at(-1)!;
  const event = events.find((e) => e.id === newest)!;
  const other = events.find((e) => e.date && e.date.slice(0, 4) !== event.date!.slice(0, 4))!;
  await page.goto(`${site.url}?year=${other.date!.slice(0, 4)}#${newest}`);
  await expect(page).toHaveURL(new RegExp(`/timeline/${periodOf(event.date)}/#${newest}$`));
  await expect(page.locator(`[id="${newest}"]`)).toBeInViewport();
});

test('dragging across the overview bars with the mouse shows only the events of that period, from every month', async ({ page }) => {
  await page.goto(site.url);
  const bars = page.locator('svg.overview a');
  const n = await bars.count();
  expect(n).toBeGreaterThan(12);
  const { from, to } = await dragAcrossBars(page, bars.nth(2), bars.nth(7));
  await expect(page).toHaveURL(new RegExp(`\\?from=${from}&to=${to}$`));
  const expected = events.filter((e) => inPeriod(e.date, from, to)).map((e) => e.id).sort();
  expect(expected.length).toBeGreaterThan(0);
  await expect(page.locator('.filter-status')).toHaveText(`Showing ${expected.length} of ${events.length} events.`);
  expect(await visibleIds(page)).toEqual(expected);
});

test('the From and To selects pick a period with the keyboard alone', async ({ page }) => {
  await page.goto(site.url);
  const months = (await page.locator('select[name=from] option').evaluateAll((els) => els.map((el) => (el as HTMLOptionElement).value))).slice(1);
  const [from, to] = [months[14]!, months[20]!];
  await page.locator('select[name=from]').focus();
  for (let i = 0; i < 15; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await expect(page.locator('select[name=to]')).toBeFocused();
  for (let i = 0; i < 21; i++) await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(new RegExp(`\\?from=${from}&to=${to}$`));
  const expected = events.filter((e) => inPeriod(e.date, from, to)).map((e) => e.id).sort();
  await expect(page.locator('.filter-status')).toHaveText(`Showing ${expected.length} of ${events.length} events.`);
  expect(await visibleIds(page)).toEqual(expected);
  // The chart shows the picked period too.
  await expect(page.locator('svg.overview rect.brush-selection')).toBeVisible();
});

test('clicking an overview bar still goes to its month page', async ({ page }) => {
  await page.goto(site.url);
  const bar = page.locator('svg.overview a').nth(3);
  const href = (await bar.getAttribute('href'))!;
  const month = /\/timeline\/(\d{4}-\d{2})\//.exec(href)![1]!;
  await bar.click();
  await expect(page).toHaveURL(new RegExp(`/timeline/${month}/#m-${month}$`));
  await expect(page.locator(`#m-${month}`)).toBeInViewport();
  await expect(page.locator('li.event').first()).toBeVisible();
});
