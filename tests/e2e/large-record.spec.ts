// Past 300 events the home page keeps the newest and each month gets its own page; /#<id> still lands.
import { test, expect } from '@playwright/test';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { article } from '../../bench/corpus.ts';
import { buildSite, ingest } from '../tools/build-site.ts';
import { serve } from '../tools/serve.ts';

test('a large record splits into month pages and old /#<id> links still land', async ({ page }) => {
  test.setTimeout(240_000);
  const work = mkdtempSync(join(tmpdir(), 'large-'));
  mkdirSync(join(work, 'inbox'));
  for (let i = 0; i < 420; i++) {
    const a = article(i, 3);
    writeFileSync(join(work, 'inbox', a.name), a.text);
  }
  ingest(join(work, 'content'), [join(work, 'inbox')]);
  buildSite(join(work, 'content'), join(work, 'dist'));
  const events = JSON.parse(readFileSync(join(work, 'dist/data/events.json'), 'utf8')) as Array<{ id: string; date: string }>;
  expect(events.length).toBeGreaterThan(300);
  const site = await serve(join(work, 'dist'));
  const oldest = events[0]!;
  await page.goto(site.url);
  expect(await page.locator('li.event').count()).toBeLessThanOrEqual(50);
  await page.goto(`${site.url}#${oldest.id}`);
  await expect(page).toHaveURL(new RegExp(`/timeline/${oldest.date.slice(0, 7)}/#${oldest.id}$`));
  await expect(page.locator(`[id="${oldest.id}"]`)).toBeInViewport();
  await page.goto(`${site.url}events/${oldest.id}/`);
  await expect(page.locator('a', { hasText: 'See it on the timeline' })).toHaveAttribute('href', `/timeline/${oldest.date.slice(0, 7)}/#${oldest.id}`);
  await site.close();
});
