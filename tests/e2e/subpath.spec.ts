// BASE_PATH=/timeline/ gives a site where every link, anchor, asset, feed and search result stays under it.
import { test, expect } from '@playwright/test';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from '../tools/build-site.ts';
import { serve } from '../tools/serve.ts';
import { checkLinks } from '../tools/check-links.ts';

const CONTENT = new URL('../../content/', import.meta.url).pathname;

test('a build under /timeline/ has no broken links, anchors, feed URLs or search results', async ({ page }) => {
  test.setTimeout(180_000);
  const out = join(mkdtempSync(join(tmpdir(), 'subpath-')), 'dist');
  buildSite(CONTENT, out, { BASE_PATH: '/timeline/', SITE_URL: 'https://example.org' });
  expect(checkLinks(out, '/timeline/')).toEqual([]);
  const feed = readFileSync(join(out, 'feed.xml'), 'utf8');
  expect(feed).toContain('https://example.org/timeline/events/');
  expect(readFileSync(join(out, 'sitemap.xml'), 'utf8')).not.toMatch(/<loc>https:\/\/example\.org\/(?!timeline\/)/);
  const site = await serve(out, '/timeline/');
  const events = JSON.parse(readFileSync(join(out, 'data/events.json'), 'utf8')) as Array<{ id: string }>;
  await page.goto(`${site.url}#${events[0]!.id}`);
  await expect(page.locator(`[id="${events[0]!.id}"]`)).toBeInViewport();
  await page.locator(`[id="${events[0]!.id}"] a`).first().click();
  await expect(page).toHaveURL(new RegExp(`/timeline/events/${events[0]!.id}/$`));
  await page.goto(`${site.url}search/`);
  await page.locator('#search input').fill('Palladium');
  const hit = page.locator('#search a[href*="/events/"]').first();
  await expect(hit).toBeVisible({ timeout: 10_000 });
  expect(await hit.getAttribute('href')).toMatch(/^\/timeline\/events\//);
  await site.close();
});
