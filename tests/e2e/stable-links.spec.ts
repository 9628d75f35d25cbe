// A link someone shared must land on the same event after the editor corrects that event and the site is
// rebuilt. Runs on a copy of the content, built into its own folder and served by a small static server.
import { test, expect } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite, ingest } from '../tools/build-site.ts';
import { serve } from '../tools/serve.ts';

const CONTENT = new URL('../../content/', import.meta.url).pathname;

test('an event keeps its link after its date is corrected, re-ingested and rebuilt', async ({ page }) => {
  // Two builds and an ingest: about 20 s on an idle machine; a shared CI machine has taken over 3 minutes.
  test.setTimeout(420_000);
  const work = mkdtempSync(join(tmpdir(), 'stable-'));
  const content = join(work, 'content');
  cpSync(CONTENT, content, { recursive: true });
  buildSite(content, join(work, 'v1'));
  const v1 = await serve(join(work, 'v1'));
  const events = JSON.parse(readFileSync(join(work, 'v1/data/events.json'), 'utf8')) as Array<{ id: string; summary: string; date: string; sources: Array<{ article: string; event_key: string }> }>;
  const target = events.find((e) => e.date && e.sources.length === 1)!;
  await page.goto(`${v1.url}#${target.id}`);
  await page.locator(`[id="${target.id}"] a`).first().click();
  await expect(page).toHaveURL(new RegExp(`/events/${target.id}/$`));
  const shared = page.url().replace(v1.url, '');
  const sharedAnchor = (await page.locator('a', { hasText: 'See it on the timeline' }).getAttribute('href'))!.replace(/^\//, '');
  expect(sharedAnchor).toBe(`timeline/${target.date.length === 10 ? target.date : target.date.slice(0, 7)}/#${target.id}`);
  // Before day pages, the link handed out was the month page's; such links are out there and must land too.
  const monthAnchor = `timeline/${target.date.slice(0, 7)}/#${target.id}`;
  await v1.close();

  // The editor corrects the date in the article's frontmatter and marks the event reviewed.
  const source = target.sources[0]!;
  const file = join(content, 'articles', `${source.article}.md`);
  const text = readFileSync(file, 'utf8');
  const block = new RegExp(`(- key: ${source.event_key}\\n(?:    .*\\n)*?)    date: [^\\n]+\\n    date_precision: [^\\n]+\\n`);
  expect(block.test(text)).toBe(true);
  writeFileSync(file, text.replace(block, `$1    date: '2019-12-30'\n    date_precision: day\n`).replace(new RegExp(`(- key: ${source.event_key}\\n(?:    .*\\n)*?)    reviewed: false`), '$1    reviewed: true'));
  ingest(content, [join(content, 'sources')]);
  expect(readFileSync(file, 'utf8')).toMatch(/date: '?2019-12-30'?\n/);
  buildSite(content, join(work, 'v2'));
  const v2 = await serve(join(work, 'v2'));
  await page.goto(`${v2.url}${shared}`);
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('.meta time')).toHaveText('December 30, 2019');
  await page.goto(`${v2.url}#${target.id}`);
  await expect(page.locator(`[id="${target.id}"]`)).toBeInViewport();
  await expect(page.locator(`[id="${target.id}"] time`)).toHaveText('December 30, 2019');
  // The anchor links handed out before the correction land on a pointer to the event's new day.
  for (const old of [sharedAnchor, monthAnchor]) {
    await page.goto(`${v2.url}${old}`);
    const pointer = page.locator(`[id="${target.id}"]`);
    await expect(pointer).toBeInViewport();
    await pointer.locator('a').click();
    await expect(page).toHaveURL(new RegExp(`/timeline/2019-12-30/#${target.id}$`));
    await expect(page.locator(`[id="${target.id}"] time`)).toHaveText('December 30, 2019');
    await expect(page.locator(`[id="${target.id}"]`)).toBeInViewport();
  }
  await v2.close();
});
