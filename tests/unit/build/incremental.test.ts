import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite, ingest } from '../../tools/build-site.ts';
import { article } from '../../../bench/corpus.ts';

const ROOT = new URL('../../../', import.meta.url).pathname;

/** Every file under `dir` with its bytes, by path relative to it. */
function tree(dir: string): Map<string, Buffer> {
  return new Map(readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => [join(d.parentPath, d.name).slice(dir.length), readFileSync(join(d.parentPath, d.name))]));
}

const rendered = (log: string) => Number(/(\d+) page\(s\) built/.exec(log)?.[1] ?? NaN);

test('a rebuild after adding, editing and deleting entries renders only what changed and equals a full build', () => {
  const work = mkdtempSync(join(tmpdir(), 'incremental-'));
  const content = join(work, 'content');
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  const quiet = 'QUIET ARTICLE (test input)\n\nCity council members met late into the night to discuss the budget for parks and libraries. Residents described long lines outside the courthouse as the hearings continued.\n';
  writeFileSync(join(work, 'quiet.txt'), quiet);
  ingest(content, [join(work, 'quiet.txt'), '--published', '2024-05-01']);
  const site = join(work, 'site');
  const first = buildSite(content, site);
  const full0 = mkdtempSync(join(tmpdir(), 'incremental-first-'));
  cpSync(join(site, 'data'), join(full0, 'data'), { recursive: true });
  const all = rendered(first);
  assert.ok(all > 20, `first build rendered ${all} pages`);

  // One new article with events, an editor's note on an existing event, one article without events deleted.
  const fresh = article(3, 5);
  writeFileSync(join(work, fresh.name), fresh.text);
  ingest(content, [join(work, fresh.name)]);
  const entries = join(content, 'articles');
  const edited = readdirSync(entries).filter((f) => f.endsWith('.md')).sort()[0]!;
  const text = readFileSync(join(entries, edited), 'utf8');
  assert.match(text, /^    note: null$/m);
  writeFileSync(join(entries, edited), text.replace(/^    note: null$/m, '    note: Checked against the agency statement.'));
  rmSync(join(entries, 'quiet.md'));

  const second = buildSite(content, site);
  // Astro names every page it renders; pages it kept from the first build are not named.
  const paths = new Set([...second.matchAll(/├─ (\/\S*?\.(?:html|json|csv|ics|xml|svg))/g)].map((m) => m[1]!));
  const page = (f: string) => `/articles/${f.replace(/\.md$/, '')}/index.html`;
  assert.ok(paths.has(page(fresh.name.replace(/\.txt$/, '.md'))), 'the new article was rendered');
  assert.ok(paths.has(page(edited)), 'the edited article was rendered');
  const untouched = readdirSync(entries).filter((f) => f.endsWith('.md') && f !== edited && !f.startsWith('synthetic'));
  assert.ok(untouched.length >= 3);
  for (const f of untouched) assert.ok(!paths.has(page(f)), `${page(f)} was rendered again though nothing it shows changed`);
  // Events the new article and the note did not touch keep their pages, but for the two beside a new
  // event (their previous/next links changed).
  const before = JSON.parse(readFileSync(join(full0, 'data/events.json'), 'utf8')) as Array<{ id: string; summary: string; notes: string[] }>;
  const kept = before.filter((e) => !paths.has(`/events/${e.id}/index.html`));
  assert.ok(kept.length >= before.length - 4, `${before.length - kept.length} of ${before.length} event pages rendered again`);
  assert.ok(rendered(second) < all, `the rebuild rendered ${rendered(second)} of ${all} pages`);
  assert.match(second, /removed \d+ page\(s\) that no longer exist/);
  assert.match(second, /\d+ indexed anew, [1-9]\d* unchanged/);
  assert.ok(!tree(site).has('/articles/quiet/index.html'));
  const events = JSON.parse(readFileSync(join(site, 'data/events.json'), 'utf8')) as Array<{ id: string; notes: string[] }>;
  const noted = events.find((e) => e.notes.includes('Checked against the agency statement.'));
  assert.ok(noted, 'the note reached the timeline');
  assert.match(readFileSync(join(site, 'events', noted.id, 'index.html'), 'utf8'), /Checked against the agency statement\./);

  // The same content, copied to another folder (so nothing Astro or the build keeps for the first folder is
  // used: content store, clustering state, page record), built into an empty folder: every page, download
  // and search bundle alike, byte for byte.
  const copy = join(work, 'content-copy');
  cpSync(content, copy, { recursive: true });
  const full = join(work, 'full');
  buildSite(copy, full);
  const a = tree(site);
  const b = tree(full);
  assert.deepEqual([...a.keys()].sort(), [...b.keys()].sort());
  for (const [path, bytes] of b) assert.ok(a.get(path)!.equals(bytes), `${path} differs between the rebuild and a full build`);
});

test('a folder built before an edit is brought up to date even when another folder was built since', () => {
  const work = mkdtempSync(join(tmpdir(), 'incremental-two-'));
  const content = join(work, 'content');
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  const a = join(work, 'a');
  const b = join(work, 'b');
  buildSite(content, a);
  const entries = join(content, 'articles');
  const edited = readdirSync(entries).filter((f) => f.endsWith('.md')).sort()[0]!;
  const text = readFileSync(join(entries, edited), 'utf8');
  writeFileSync(join(entries, edited), text.replace(/^    note: null$/m, '    note: Confirmed by a second outlet.'));
  buildSite(content, b);
  buildSite(content, a);
  const ta = tree(a);
  const tb = tree(b);
  assert.deepEqual([...ta.keys()].sort(), [...tb.keys()].sort());
  for (const [path, bytes] of tb) assert.ok(ta.get(path)!.equals(bytes), `${path} is stale in the folder built first`);
});
