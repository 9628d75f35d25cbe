import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENTRY_EDITS } from '../../fixtures/hostile/entry-edits.ts';
import { loadEntries } from '../../../src/ingest/entries.ts';

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
  assert.ok(r.lines.some((l) => /bomb\.md: \(front matter\): .*more than 100 aliases/.test(l)), r.stderr);
});

test('check:content names the file and the field of a hand edit that breaks the schema, one line each', () => {
  const r = check({ 'no-title.md': '---\npublished: "2024-11-14"\n---\nbody\n' });
  assert.equal(r.status, 1);
  assert.ok(r.lines.some((l) => /^\S*no-title\.md: title: \S/.test(l)), r.stderr);
  assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  assert.match(r.lines.at(-1)!, /problems? in content\/articles/);
});

test(`check:content reads ${ENTRY_EDITS.length} hand edits as YAML 1.2 and names file, field and value of each that does not fit`, () => {
  const good = readFileSync(join(ROOT, 'tests/fixtures/hostile/entry-edits.md'), 'utf8');
  const edited = Object.fromEntries(ENTRY_EDITS.map((c) => {
    assert.match(good, c.replace[0], `${c.name}: the entry has no line to edit`);
    return [`${c.name}.md`, good.replace(c.replace[0], c.replace[1])];
  }));
  const r = check(edited);
  const invalid = ENTRY_EDITS.filter((c) => c.expected.outcome === 'invalid');
  assert.equal(r.status, 1);
  for (const c of invalid) {
    const says = (c.expected as { says: RegExp }).says;
    const mine = r.lines.filter((l) => l.includes(`${c.name}.md: `));
    assert.equal(mine.length, 1, `${c.name}: ${mine.join(' | ') || 'no line'}`);
    assert.match(mine[0]!, says, c.name);
  }
  assert.match(r.lines.at(-1)!, new RegExp(`^${invalid.length} problems in content/articles`));
  // The valid edits pass and read as the editor typed them.
  const dir = mkdtempSync(join(tmpdir(), 'entry-edits-'));
  mkdirSync(join(dir, 'articles'));
  for (const c of ENTRY_EDITS.filter((c) => c.expected.outcome === 'valid')) writeFileSync(join(dir, 'articles', `${c.name}.md`), edited[`${c.name}.md`]!);
  const { entries, problems } = loadEntries(dir);
  assert.deepEqual(problems, []);
  for (const c of ENTRY_EDITS) {
    if (c.expected.outcome !== 'valid') continue;
    const entry = entries.find((e) => e.id === c.name)!;
    assert.deepEqual(c.expected.field(entry.data), c.expected.value, c.name);
  }
});
