// Every period has a lean page of its own at every record size: the anchor links the site hands out land
// there. No filter form and no script; a plain link filters the whole timeline on the home page instead.
import { test, expect } from '@playwright/test';

type Ev = { id: string; date: string | null };
const periodOf = (date: string | null) => (date ? date.slice(0, 7) : 'undated');

test('every period of events.json has a page listing exactly its events, with no form and no script', async ({ page, request }) => {
  const all: Ev[] = await (await request.get('/data/events.json')).json();
  const periods = [...new Set(all.map((e) => periodOf(e.date)))];
  for (const p of periods) {
    await page.goto(`/timeline/${p}/`);
    const ids = await page.locator('li.event').evaluateAll((els) => els.map((el) => el.id));
    expect(ids.sort(), p).toEqual(all.filter((e) => periodOf(e.date) === p).map((e) => e.id).sort());
    await expect(page.locator('form')).toHaveCount(0);
    await expect(page.locator('script[src]')).toHaveCount(0);
    await expect(page.locator('main a', { hasText: 'Back to the overview' })).toHaveAttribute('href', '/');
  }
});

test('a month page links to the home page filtered to that month, which shows only its events', async ({ page, request }) => {
  const all: Ev[] = await (await request.get('/data/events.json')).json();
  const month = periodOf(all.find((e) => e.date && e.date.length >= 7)!.date);
  await page.goto(`/timeline/${month}/`);
  await page.locator(`main a[href="/?from=${month}&to=${month}"]`).click();
  await expect(page).toHaveURL(new RegExp(`/\\?from=${month}&to=${month}$`));
  const expected = all.filter((e) => e.date && e.date.length >= 7 && e.date.startsWith(month)).map((e) => e.id);
  await expect(page.locator('.filter-status')).toHaveText(`Showing ${expected.length} of ${all.length} events.`);
  const visible = await page.locator('li.event:visible').evaluateAll((els) => els.map((el) => el.id));
  expect(visible.sort()).toEqual(expected.sort());
});

test('the pager walks from period to period', async ({ page, request }) => {
  const all: Ev[] = await (await request.get('/data/events.json')).json();
  const periods = [...new Set(all.map((e) => periodOf(e.date)))].sort();
  expect(periods.length).toBeGreaterThan(1);
  await page.goto(`/timeline/${periods[0]}/`);
  await page.locator('nav.pager a').last().click();
  await expect(page).toHaveURL(new RegExp(`/timeline/${periods[1]}/$`));
});
