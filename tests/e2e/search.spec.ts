import { test, expect } from '@playwright/test';

test('search finds an event by a word of its evidence', async ({ page, request }) => {
  const events: Array<{ id: string; sources: Array<{ evidence: string }> }> = await (await request.get('/data/events.json')).json();
  const e = events.find((x) => /Palladium/.test(JSON.stringify(x))) ?? events[0]!;
  const word = /Palladium/.test(JSON.stringify(e)) ? 'Palladium' : e.sources[0]!.evidence.split(/\W+/).find((w) => w.length > 7)!;
  await page.goto('/search/');
  await page.locator('#search input').fill(word);
  await expect(page.locator(`#search a[href$="/events/${e.id}/"]`).first()).toBeVisible({ timeout: 10_000 });
});
