import { test, expect } from '@playwright/test';
import { dragAcrossBars, inPeriod } from '../tools/overview.ts';

type Ev = { id: string; date: string | null; agencies: string[]; sources: Array<{ article: string }> };
const events = async (request: import('@playwright/test').APIRequestContext): Promise<Ev[]> => (await request.get('/data/events.json')).json();

test('the home page lists every event of events.json, each under its year with a stable id', async ({ page, request }) => {
  const all = await events(request);
  expect(all.length).toBeGreaterThan(0);
  await page.goto('/');
  for (const e of all) {
    await expect(page.locator(`li.event[id="${e.id}"]`)).toHaveCount(1);
    if (e.date) await expect(page.locator(`section[data-period="${e.date.slice(0, 4)}"] li.event[id="${e.id}"]`)).toHaveCount(1);
  }
  for (const y of ['2020', '2024', '2025']) await expect(page.locator(`#y-${y}`)).toBeVisible();
});

test('/#<id> lands on the event and marks it as the target', async ({ page, request }) => {
  const all = await events(request);
  const last = all[all.length - 1]!;
  await page.goto(`/#${last.id}`);
  const target = page.locator(`[id="${last.id}"]`);
  await expect(target).toBeInViewport();
  expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
});

test('with JavaScript off every event is still on the timeline and /#<id> still lands', async ({ browser, request }) => {
  const all = await events(request);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/#${all[0]!.id}`);
  await expect(page.locator('li.event')).toHaveCount(all.length);
  await expect(page.locator(`[id="${all[0]!.id}"]`)).toBeInViewport();
  await context.close();
});

test('a filtered URL opened fresh shows only the matching events', async ({ page, request }) => {
  const all = await events(request);
  const agency = all[0]!.agencies[0]!;
  await page.goto(`/?agency=${agency}`);
  await expect(page.locator('select[name=agency]')).toHaveValue(agency);
  const visible = await page.locator('li.event:visible').evaluateAll((els) => els.map((e) => e.id));
  expect(visible.length).toBeGreaterThan(0);
  expect(visible.length).toBeLessThan(all.length);
  await expect(page.locator('.filter-status')).toContainText(`Showing ${visible.length} of ${all.length}`);
});

test('#<id> inside a filtered view that would hide it still lands on the event', async ({ page, request }) => {
  const all = await events(request);
  const agency = all[0]!.agencies[0]!;
  const other = all.find((e) => !e.agencies.includes(agency) && e.agencies.every((a) => a !== 'ICE' && a !== 'CBP'))!;
  await page.goto(`/?agency=${agency}#${other.id}`);
  const target = page.locator(`[id="${other.id}"]`);
  await expect(target).toBeVisible();
  await expect(target).toBeInViewport();
});

test('changing a filter updates the URL so the view can be shared', async ({ page }) => {
  await page.goto('/');
  await page.selectOption('select[name=year]', '2025');
  await expect(page).toHaveURL(/\?year=2025$/);
  const years = await page.locator('li.event:visible').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.year));
  expect(new Set(years)).toEqual(new Set(['2025']));
});

test('the overview chart links each month to its heading and reads as a table too', async ({ page }) => {
  await page.goto('/');
  const bars = page.locator('svg.overview a');
  expect(await bars.count()).toBeGreaterThan(0);
  const first = await bars.first().getAttribute('href');
  await bars.first().focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${first!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  await expect(page.locator(first!.replace(/^.*#/, '#'))).toBeInViewport();
  await expect(page.locator('figure.overview-wrap table tbody tr')).toHaveCount(await bars.count());
});

test('keyboard alone reaches the filters and applies one', async ({ page }) => {
  await page.goto('/');
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => (document.activeElement as HTMLSelectElement | null)?.name === 'agency')) break;
  }
  expect(await page.evaluate(() => (document.activeElement as HTMLSelectElement).name)).toBe('agency');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(/\?action=/);
});

/** True when the whole of an event's date falls in the months [from, to]: a year-only date needs the whole year. */

test('dragging across the overview bars filters the list to that period and keeps it in the URL', async ({ page, request }) => {
  const all = await events(request);
  await page.goto('/');
  const bars = page.locator('svg.overview a');
  expect(await bars.count()).toBeGreaterThan(1);
  const { from, to } = await dragAcrossBars(page, bars.first(), bars.nth(1), 8);
  await expect(page).toHaveURL(new RegExp(`\\?from=${from}&to=${to}$`));
  await expect(page.locator('select[name=from]')).toHaveValue(from);
  await expect(page.locator('select[name=to]')).toHaveValue(to);
  const expected = all.filter((e) => inPeriod(e.date, from, to)).map((e) => e.id);
  await expect(page.locator('.filter-status')).toHaveText(`Showing ${expected.length} of ${all.length} events.`);
  const visible = await page.locator('li.event:visible').evaluateAll((els) => els.map((el) => el.id));
  expect(visible.sort()).toEqual(expected.sort());
  await expect(page.locator('svg.overview rect.brush-selection')).toBeVisible();
});

test('a plain click on an overview bar still jumps to its month', async ({ page }) => {
  await page.goto('/');
  const bar = page.locator('svg.overview a').last();
  const href = (await bar.getAttribute('href'))!;
  await bar.click();
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  await expect(page.locator(href.replace(/^.*#/, '#'))).toBeInViewport();
  expect(new URL(page.url()).search).toBe('');
});
