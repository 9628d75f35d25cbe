// An editor rejects one of the two article events behind a published event: a link someone shared must
// still land on that event, now with one source, and no page or download may show the rejected report.
import { test, expect } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite, ingest } from '../tools/build-site.ts';
import { serve } from '../tools/serve.ts';

const CONTENT = new URL('../../content/', import.meta.url).pathname;
type Ev = { id: string; date: string | null; sources: Array<{ article: string; event_key: string; date: string | null; evidence: string }> };

test('a shared link to an event with two sources lands on it with one after the editor rejects the other and rebuilds', async ({ page }) => {
  test.setTimeout(240_000);
  const work = mkdtempSync(join(tmpdir(), 'reject-'));
  const content = join(work, 'content');
  cpSync(CONTENT, content, { recursive: true });
  buildSite(content, join(work, 'v1'));
  const before = JSON.parse(readFileSync(join(work, 'v1/data/events.json'), 'utf8')) as Ev[];
  const target = before.find((e) => e.date && e.sources.length === 2);
  expect(target, 'the bundled content has an event with two sources').toBeTruthy();
  const v1 = await serve(join(work, 'v1'));
  // The reader follows the event's anchor link from its page and shares both.
  await page.goto(`${v1.url}events/${target!.id}/`);
  await expect(page.locator('h2#sources')).toHaveText('Sources (2)');
  const anchor = (await page.locator('a', { hasText: 'See it on the timeline' }).getAttribute('href'))!.replace(/^\//, '');
  await page.goto(`${v1.url}${anchor}`);
  await expect(page.locator(`[id="${target!.id}"]`)).toBeInViewport();
  await expect(page.locator(`[id="${target!.id}"] .facts`)).toContainText('2 sources');
  // The editor will reject the report that does not carry the event's date, so the date stays as published.
  const gone = target!.sources.find((s) => s.date !== target!.date) ?? target!.sources[1]!;
  const kept = target!.sources.find((s) => s !== gone)!;
  await page.goto(`${v1.url}articles/${gone.article}/`);
  await expect(page.locator('mark', { hasText: gone.evidence.slice(0, 40) })).toHaveCount(1);
  await v1.close();

  const file = join(content, 'articles', `${gone.article}.md`);
  const text = readFileSync(file, 'utf8');
  const line = `  - key: ${gone.event_key}\n`;
  expect(text).toContain(line);
  const note = new RegExp(`(- key: ${gone.event_key}\\n(?:    .*\\n)*?)    note: null\\n`);
  expect(text).toMatch(note);
  // The editor's edit: a note, and `rejected: true` in place of the `rejected: false` every machine event shows.
  const start = text.indexOf(line);
  // The event's lines end where the next event's (or the frontmatter's end) begin.
  const next = [text.indexOf('\n  - key: ', start + line.length), text.indexOf('\n---', start)].filter((i) => i >= 0);
  const end = Math.min(...next) + 1;
  const block = text.slice(start, end);
  expect(block).toContain('    rejected: false\n');
  const edited = block.replace(note, '$1    note: Not this deployment; the article describes another one.\n').replace('    rejected: false\n', '    rejected: true\n');
  writeFileSync(file, text.slice(0, start) + edited + text.slice(end));
  // A re-ingest (an extractor improvement, say) keeps the rejection; then the site is rebuilt.
  ingest(content, [join(content, 'sources')]);
  expect(readFileSync(file, 'utf8')).toMatch(new RegExp(`- key: ${gone.event_key}\\n(?:    .*\\n)*?    rejected: true\\n`));
  buildSite(content, join(work, 'v2'));
  const after = JSON.parse(readFileSync(join(work, 'v2/data/events.json'), 'utf8')) as Ev[];
  const same = after.find((e) => e.id === target!.id)!;
  expect(same.sources.map((s) => `${s.article}#${s.event_key}`)).toEqual([`${kept.article}#${kept.event_key}`]);
  // No download carries the rejected report.
  for (const f of ['data/events.json', 'data/events.csv', 'data/timelinejs.json', 'data/events.ics', 'feed.xml']) {
    expect(readFileSync(join(work, 'v2', f), 'utf8'), f).not.toContain(gone.evidence.slice(0, 60));
  }
  expect(after.some((e) => e.sources.some((s) => s.article === gone.article && s.event_key === gone.event_key))).toBe(false);

  const v2 = await serve(join(work, 'v2'));
  await page.goto(`${v2.url}${anchor}`);
  const li = page.locator(`[id="${target!.id}"]`);
  await expect(li).toBeInViewport();
  await expect(li.locator('.facts')).not.toContainText('sources');
  await li.locator('a').first().click();
  await expect(page).toHaveURL(new RegExp(`/events/${target!.id}/$`));
  await expect(page.locator('h2#sources')).toHaveText('Sources (1)');
  await expect(page.locator('section[aria-labelledby="sources"] blockquote')).toHaveText(kept.evidence);
  // The rejected report's article no longer marks its sentence as an event's evidence.
  await page.goto(`${v2.url}articles/${gone.article}/`);
  await expect(page.locator('mark', { hasText: gone.evidence.slice(0, 40) })).toHaveCount(0);
  await v2.close();
});
