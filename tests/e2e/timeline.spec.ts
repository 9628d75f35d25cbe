import { test, expect } from '@playwright/test';

test('home page lists every event of events.json, each with a stable id', async ({ page, request }) => {
  const events = await (await request.get('/data/events.json')).json();
  expect(events.length).toBeGreaterThan(0);
  await page.goto('/');
  for (const e of events) await expect(page.locator(`[id="${e.id}"]`)).toHaveCount(1);
});

test('/#<id> lands on the event and marks it as the target', async ({ page, request }) => {
  const events = await (await request.get('/data/events.json')).json();
  const last = events[events.length - 1];
  await page.goto(`/#${last.id}`);
  const target = page.locator(`[id="${last.id}"]`);
  await expect(target).toBeInViewport();
  expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
});

test('each event page links to its timeline anchor and to its articles', async ({ page, request }) => {
  const events = await (await request.get('/data/events.json')).json();
  for (const e of events) {
    await page.goto(`/events/${e.id}/`);
    await expect(page.locator(`a[href$="/#${e.id}"]`).first()).toBeVisible();
    for (const s of e.sources) await expect(page.locator(`a[href$="/articles/${s.article}/"]`).first()).toBeVisible();
  }
});
