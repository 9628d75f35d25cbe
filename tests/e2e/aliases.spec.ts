// When an editor merges one published event into another, the merged event's id becomes an alias: every
// link to it handed out before must still land on the event that now holds its reports.
import { test, expect } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { buildSite } from '../tools/build-site.ts';
import { serve } from '../tools/serve.ts';
import { HTML_VALIDATE_CONFIG } from '../tools/html-validate.config.ts';

const CONTENT = new URL('../../content/', import.meta.url).pathname;
type Ev = { id: string; date: string | null; aliases: string[]; agencies: string[]; sources: Array<{ article: string; event_key: string }> };
const anchorPeriod = (date: string | null) => (date ? (date.length === 10 ? date : date.slice(0, 7)) : 'undated');

test('an id merged into another event still lands on it: on the home page, its period page and its event page', async ({ page }) => {
  test.setTimeout(180_000);
  const work = mkdtempSync(join(tmpdir(), 'aliases-'));
  const content = join(work, 'content');
  cpSync(CONTENT, content, { recursive: true });
  buildSite(content, join(work, 'v1'));
  const before = JSON.parse(readFileSync(join(work, 'v1/data/events.json'), 'utf8')) as Ev[];
  // Two published events; the editor says the second reports the first.
  const [survivor, merged] = [before[0]!, before.find((e, i) => i > 0 && e.sources.length === 1)!];
  const source = merged.sources[0]!;
  const file = join(content, 'articles', `${source.article}.md`);
  const text = readFileSync(file, 'utf8');
  const block = new RegExp(`(- key: ${source.event_key}\\n(?:    .*\\n)*?)    merge_with: null\\n`);
  expect(block.test(text)).toBe(true);
  writeFileSync(file, text.replace(block, `$1    merge_with: ${survivor.id}\n`));
  const out = join(work, 'v2');
  buildSite(content, out);
  const after = JSON.parse(readFileSync(join(out, 'data/events.json'), 'utf8')) as Ev[];
  const holder = after.find((e) => e.aliases.includes(merged.id))!;
  expect(holder?.id).toBe(survivor.id);

  const site = await serve(out);
  // The home page (small record): the old id lands on the event that holds it now, marked as the target.
  await page.goto(`${site.url}#${merged.id}`);
  const li = page.locator(`li.event[id="${holder.id}"]`);
  await expect(li).toBeInViewport();
  expect(await li.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
  // Inside a filtered view that would hide it.
  const other = after.find((e) => !e.agencies.some((a) => holder.agencies.includes(a)));
  if (other) {
    await page.goto(`${site.url}?agency=${other.agencies[0]}#${merged.id}`);
    await expect(li).toBeVisible();
  }
  // The period page its old anchor link named, and its old event page.
  await page.goto(`${site.url}timeline/${anchorPeriod(merged.date)}/#${merged.id}`);
  await expect(page.locator(`[id="${merged.id}"]`)).toBeInViewport();
  await page.goto(`${site.url}events/${merged.id}/`);
  await expect(page).toHaveURL(new RegExp(`/events/${holder.id}/$`));
  // The pages holding an alias anchor are still valid HTML.
  const validator = new HtmlValidate(HTML_VALIDATE_CONFIG);
  for (const p of ['index.html', `timeline/${anchorPeriod(holder.date)}/index.html`, `timeline/${anchorPeriod(holder.date).slice(0, 7)}/index.html`]) {
    const report = await validator.validateString(readFileSync(join(out, p), 'utf8'), p);
    expect(report.results.flatMap((r) => r.messages.map((m) => `${p}:${m.line}: ${m.message}`))).toEqual([]);
  }
  await site.close();
});
