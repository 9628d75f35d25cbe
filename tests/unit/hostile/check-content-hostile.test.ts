import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Hand-edited entries in content/articles: `npm run check:content` (run before every build) must name the
// file and the field, never run code from front matter, and refuse a YAML alias bomb quickly.
const ROOT = new URL('../../../', import.meta.url).pathname;
const CLI = join(ROOT, 'src/ingest/check-cli.ts');
const MARKER = join(tmpdir(), `hostile-js-front-matter-${process.pid}`);
const BOMB = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefg'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefg'[i]}`).join(',')}]`), 'h: [*g,*g,*g,*g,*g,*g,*g,*g,*g]'].join('\n');

function check(entries: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'hostile-entries-'));
  mkdirSync(join(dir, 'articles'));
  const good = readdirSync(join(ROOT, 'content/articles')).find((f) => f.endsWith('.md'))!;
  writeFileSync(join(dir, 'articles', 'valid.md'), readFileSync(join(ROOT, 'content/articles', good)));
  for (const [name, text] of Object.entries(entries)) writeFileSync(join(dir, 'articles', name), text);
  const started = Date.now();
  const r = spawnSync(process.execPath, [CLI], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: dir }, encoding: 'utf8', timeout: 30_000 });
  return { ...r, ms: Date.now() - started, lines: r.stderr.trim().split('\n') };
}

test('check:content refuses ---js front matter without evaluating it', () => {
  const r = check({ 'js.md': `---js\n{ title: (require('fs').writeFileSync(${JSON.stringify(MARKER)}, 'x'), globalThis.__pwned = 1, 'p') }\n---\nbody\n` });
  assert.equal(r.status, 1);
  assert.ok(r.lines.some((l) => /js\.md: .*JavaScript front matter is not allowed/.test(l)), r.stderr);
  assert.equal(existsSync(MARKER), false, 'front matter code ran');
});

test('check:content rejects a YAML alias bomb in an entry within seconds', () => {
  const r = check({ 'bomb.md': `---\n${BOMB}\n---\nbody\n` });
  assert.equal(r.status, 1);
  assert.ok(r.ms < 10_000, `${r.ms} ms`);
  assert.ok(r.lines.some((l) => /bomb\.md: title: /.test(l)), r.stderr);
});

test('check:content names the file and the field of a hand edit that breaks the schema, one line each', () => {
  const r = check({ 'no-title.md': '---\npublished: "2024-11-14"\n---\nbody\n' });
  assert.equal(r.status, 1);
  assert.ok(r.lines.some((l) => /^\S*no-title\.md: title: \S/.test(l)), r.stderr);
  assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  assert.match(r.lines.at(-1)!, /problems? in content\/articles/);
});

test('check:content says to quote a hand-typed date that YAML turned into a timestamp', () => {
  const good = readFileSync(join(ROOT, 'content/articles', readdirSync(join(ROOT, 'content/articles')).find((f) => f.endsWith('.md'))!), 'utf8');
  const r = check({ 'unquoted.md': good.replace(/^published: .*$/m, 'published: 2024-02-30') });
  assert.equal(r.status, 1);
  assert.ok(r.lines.some((l) => /unquoted\.md: published: expected a date as YYYY-MM-DD in quotes/.test(l)), r.stderr);
});
