import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { CASES as ALL } from '../../fixtures/hostile/corpus.ts';
import { parseEntry } from '../../../src/entry/index.ts';
import { Article } from '../../../src/schema/article.ts';

const ROOT = new URL('../../../', import.meta.url).pathname;
const CLI = join(ROOT, 'src/ingest/cli.ts');

function ingest(args: string[], contentDir: string, cwd: string) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, CONTENT_DIR: contentDir }, encoding: 'utf8', maxBuffer: 64 << 20 });
}

// The long cases go through on their own, held to the extraction budget (see the last tests).
const CASES = ALL.filter((c) => !c.long);
const LONG = ALL.filter((c) => c.long);

function setup(cases = CASES) {
  const work = mkdtempSync(join(tmpdir(), 'hostile-'));
  const inbox = join(work, 'inbox');
  mkdirSync(join(inbox, 'sub'), { recursive: true });
  for (const c of cases) {
    mkdirSync(dirname(join(inbox, c.name)), { recursive: true });
    writeFileSync(join(inbox, c.name), c.bytes());
    if (c.sidecar) writeFileSync(join(inbox, c.sidecar.name), c.sidecar.text);
  }
  return { work, inbox, content: join(work, 'content') };
}

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true }).filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name));
}

test(`ingest reports each of the ${CASES.length} hostile inputs on one line with the expected outcome`, () => {
  assert.ok(CASES.length >= 30);
  const { work, inbox, content } = setup();
  // `sub/../dot-dot.txt` goes to the CLI as typed, `..` and all, not normalised by path.join; a case
  // dropped in a folder goes by its folder, which the ingest lists.
  const arg = (c: (typeof CASES)[number]) => `${inbox}/${c.name}`;
  const args = [...new Set(CASES.map((c) => (c.viaFolder ? `${inbox}/${dirname(c.name)}` : arg(c))))];
  const r = ingest(args, content, work);
  const lines = r.stdout.trim().split('\n');
  assert.equal(r.status, 1, 'exit status 1 when any input is rejected');
  for (const c of CASES) {
    const line = lines.find((l) => l.includes(` ${arg(c)}`));
    assert.ok(line, `no report line for ${c.name}`);
    assert.ok(!line.includes('\n'));
    assert.match(line, new RegExp(`\\] ${c.expected.outcome === 'written' ? '(written|unchanged)' : c.expected.outcome} `), `${c.name}: ${line}`);
    if (c.expected.says) assert.match(line, c.expected.says, `${c.name}: ${line}`);
  }
  const rejected = CASES.filter((c) => c.expected.outcome === 'rejected').length;
  const skipped = CASES.filter((c) => c.expected.outcome === 'skipped').length;
  const written = CASES.length - rejected - skipped;
  assert.equal(lines.at(-1), `${CASES.length} inputs: ${written} written, 0 unchanged, ${rejected} rejected, ${skipped} skipped`);
  assert.equal(lines.length, CASES.length + 1, 'one line per input and the summary');

  // Nothing outside CONTENT_DIR, nothing half-written, every entry valid, nothing from the files executed.
  const outside = allFiles(work).filter((f) => !f.startsWith(content) && !f.startsWith(inbox));
  assert.deepEqual(outside, []);
  assert.equal(existsSync(join(work, 'PWNED-js-front-matter')) || existsSync(join(ROOT, 'PWNED-js-front-matter')), false);
  const entries = readdirSync(join(content, 'articles'));
  assert.ok(entries.every((f) => f.endsWith('.md') && !f.startsWith('.')), entries.join(', '));
  for (const f of entries) Article.parse(parseEntry(readFileSync(join(content, 'articles', f), 'utf8')).data);

  const entry = (slug: string) => parseEntry(readFileSync(join(content, 'articles', `${slug}.md`), 'utf8'));
  assert.equal(entry('yaml-retyped-values').data.title, '12:30');
  assert.equal(entry('yaml-retyped-values').data.published, '2024-11-14');
  assert.ok(String(entry('long-title').data.title).length <= 160);
  assert.ok((entry('five-thousand-events').data.events as unknown[]).length <= 200);
  assert.ok((entry('five-thousand-events').data.needs_review as string[]).some((n) => /more than 200 events/.test(n)));
  for (const e of entry('impossible-dates').data.events as Array<{ date: string | null }>) assert.ok(!e.date || (e.date >= '2020' && e.date < '2026'), e.date ?? '');
  assert.doesNotMatch(entry('script-style-iframe').body, /alert|<script|onclick|iframe/);
  assert.doesNotMatch(entry('javascript-links').body, /javascript:|data:text/);
  assert.doesNotMatch(entry('raw-html').body, /<img|<script/);
  assert.doesNotMatch(entry('crlf').body + entry('lone-cr').body, /\r/);
  assert.ok(existsSync(join(content, 'sources', 'name-with-spaces.txt')));
  assert.ok(existsSync(join(content, 'sources', 'dot-dot.txt')));
  assert.ok(readdirSync(join(content, 'sources')).some((f) => f.startsWith('cafe-resume')));
  // A run of data before a sentence is taken out as data, recorded, and the sentence's move still found; an inline data image goes as an image.
  for (const slug of ['base64-run-before-a-sentence', 'inline-data-image']) {
    const e = entry(slug);
    assert.doesNotMatch(e.body, /AAAAAAAAAA/, slug);
    assert.ok((e.data.removed as Array<{ kind: string; text: string }>).some((r) => (slug === 'inline-data-image' ? r.kind === 'image' : r.kind === 'data' && /262,144 characters without a space/.test(r.text))), slug);
    assert.deepEqual((e.data.events as Array<{ places: string[] }>).map((ev) => ev.places), [['Nashville, TN']], slug);
  }
  assert.equal(existsSync(join(content, 'sources', '..%2F..%2Fescape.txt')), false);

  // A second run over the same inputs changes nothing.
  const again = ingest(args, content, work);
  assert.equal(again.stdout.trim().split('\n').at(-1), `${CASES.length} inputs: 0 written, ${written} unchanged, ${rejected} rejected, ${skipped} skipped`);
});

test('ingest never overwrites an event or metadata an editor reviewed', () => {
  const { work, inbox, content } = setup();
  const file = join(inbox, 'crlf.txt');
  ingest([file], content, work);
  const path = join(content, 'articles', 'crlf.md');
  const edited = readFileSync(path, 'utf8').replace(/    date: null/, "    date: '2020-01-02'").replace(/    reviewed: false/, '    reviewed: true').replace(/note: null/, 'note: checked by phone');
  writeFileSync(path, edited);
  ingest([file], content, work);
  const after = readFileSync(path, 'utf8');
  assert.match(after, /date: '2020-01-02'/);
  assert.match(after, /note: checked by phone/);
});

test('ingest killed mid-run leaves only whole entries', async () => {
  const { work, content } = setup();
  const many = join(work, 'many');
  mkdirSync(many);
  for (let i = 0; i < 150; i++) writeFileSync(join(many, `story-${i}.txt`), CASES.find((c) => c.name === 'crlf.txt')!.bytes());
  const child = spawn(process.execPath, [CLI, many], { cwd: work, env: { ...process.env, CONTENT_DIR: content } });
  await new Promise<void>((done) => {
    let seen = 0;
    child.stdout.on('data', (d: Buffer) => {
      seen += d.toString().split('\n').filter(Boolean).length;
      if (seen >= 5) child.kill('SIGKILL');
    });
    child.on('exit', () => done());
  });
  const dir = join(content, 'articles');
  // At most the one temp file being written when the kill came; it is a dotfile, which no reader loads.
  // The killed run's lock stays behind too, naming a process that no longer exists.
  const partial = allFiles(content).filter((f) => !/\/[^/.][^/]*\.(md|txt)$/.test(f) && f !== join(content, '.ingest.lock'));
  assert.ok(partial.length <= 1 && partial.every((f) => /\/\.[^/]+\.\d+\.tmp$/.test(f)), partial.join(', '));
  assert.equal(JSON.parse(readFileSync(join(content, '.ingest.lock'), 'utf8')).pid, child.pid);
  const entries = readdirSync(dir).filter((f) => f.endsWith('.md') && !f.startsWith('.'));
  assert.ok(entries.length >= 5 && entries.length < 150, `${entries.length} entries`);
  for (const f of entries) Article.parse(parseEntry(readFileSync(join(dir, f), 'utf8')).data);

  // The next run takes the dead run's lock over, says so, and finishes the job.
  const next = ingest([many], content, work);
  assert.equal(next.status, 0, next.stderr);
  assert.match(next.stderr, new RegExp(`took over the lock .*left by an ingest that no longer runs \\(pid ${child.pid},`));
  assert.equal(readdirSync(dir).filter((f) => f.endsWith('.md') && !f.startsWith('.')).length, 150);
  assert.equal(existsSync(join(content, '.ingest.lock')), false);
});

// The long cases of the corpus, in one run under a deadline of three times issue 13's budget (a 10 MB
// article extracted in under 30 s on one core): tests share this machine with each other and with other
// work, so the budget itself is measured by `npm run bench`; what this catches is a blow-up (the 10 MB case
// took over 9 minutes before), rejected at the deadline and named.
let long: { lines: string[]; content: string } | undefined;
before(() => {
  const { work, inbox, content } = setup(LONG);
  const r = ingest([...LONG.map((c) => `${inbox}/${c.name}`), '--timeout', '90'], content, work);
  long = { lines: r.stdout.trim().split('\n'), content };
});
for (const c of LONG) {
  test(`ingest --timeout 90 on ${c.name}: ${c.expected.outcome} within the deadline`, { todo: c.todo }, () => {
    const line = long!.lines.find((l) => l.includes(`/${c.name}`));
    assert.ok(line, `no report line for ${c.name}`);
    assert.match(line, new RegExp(`\\] ${c.expected.outcome === 'written' ? '(written|unchanged)' : c.expected.outcome} `), line);
    if (c.expected.says) assert.match(line, c.expected.says, line);
  });
}
