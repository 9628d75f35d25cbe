import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { article } from '../../../bench/corpus.ts';
import { parseEntry } from '../../../src/entry/index.ts';
import { Article } from '../../../src/schema/article.ts';

const ROOT = new URL('../../../', import.meta.url).pathname;
const CLI = join(ROOT, 'src/ingest/cli.ts');
const STORY = 'Immigration and Customs Enforcement sent 80 officers to Nashville on Tuesday to assist with arrests, the agency said.\n\nThe officers will stay for a month, officials said.\n';

interface Run { status: number | null; stdout: string; stderr: string }

function ingest(args: string[], content: string): { done: Promise<Run>; stderr: () => string } {
  const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: content, INGEST_WORKERS: '1' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d));
  child.stderr.on('data', (d: Buffer) => (stderr += d));
  return { done: new Promise((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr }))), stderr: () => stderr };
}

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

test('two ingest runs started at once on one content folder: the second waits, and no entry is shared, lost or half-written', async () => {
  const work = mkdtempSync(join(tmpdir(), 'two-runs-'));
  const content = join(work, 'content');
  mkdirSync(content);
  // The registry of published ids belongs to the build: an ingest, or two, leave it as they found it.
  const registry = '{\n "ids": {},\n "retired": {}\n}\n';
  writeFileSync(join(content, 'ids.json'), registry);
  const inbox = (name: string, conflicting: string, story: string, from: number) => {
    const dir = join(work, name);
    mkdirSync(dir);
    // Two different articles whose names make the same entry name, "agents-sent": first in each folder.
    writeFileSync(join(dir, conflicting), story);
    for (let i = from; i < from + 40; i++) {
      const a = article(i, 3);
      writeFileSync(join(dir, a.name), a.text);
    }
    return dir;
  };
  const a = inbox('inbox-a', 'Agents Sent.txt', STORY, 0);
  const b = inbox('inbox-b', 'agents-sent.txt', STORY.replace('Nashville', 'Memphis'), 20); // 20 of its 40 are also in inbox-a
  const runs = await Promise.all([ingest([a], content).done, ingest([b], content).done]);

  for (const r of runs) assert.ok(r.status === 0 || r.status === 1, r.stderr);
  const waited = runs.filter((r) => /another ingest is writing to .*; waiting for it to finish/.test(r.stderr));
  assert.equal(waited.length, 1, runs.map((r) => r.stderr).join('\n---\n'));
  // One of the two articles named "agents-sent" has the entry; the other is refused and named, not silently merged into it.
  const lineFor = (r: Run, name: string) => r.stdout.split('\n').find((l) => l.includes(`/${name}`))!;
  const verdicts = [lineFor(runs[0]!, 'Agents Sent.txt'), lineFor(runs[1]!, 'agents-sent.txt')];
  const winner = verdicts.findIndex((l) => / written /.test(l));
  assert.ok(winner >= 0, verdicts.join('\n'));
  assert.match(verdicts[1 - winner]!, /rejected .*its entry name is already used by (Agents-Sent|agents-sent)\.txt; rename the file/);
  const [file, source] = winner === 0 ? [join(a, 'Agents Sent.txt'), 'Agents-Sent.txt'] : [join(b, 'agents-sent.txt'), 'agents-sent.txt'];
  const entry = parseEntry(readFileSync(join(content, 'articles', 'agents-sent.md'), 'utf8')).data;
  assert.equal(entry.source_file, source);
  assert.equal(entry.source_sha256, sha(readFileSync(file)));
  assert.ok(readFileSync(join(content, 'sources', source)).equals(readFileSync(file)));

  // Every other input of both runs went in, every entry is whole and valid, nothing is left behind.
  for (const r of runs) {
    const others = r.stdout.trim().split('\n').slice(0, -1).filter((l) => !/gents[ -]sent\.txt/i.test(l));
    assert.equal(others.length, 40);
    for (const l of others) assert.match(l, / (written|unchanged) /, l);
  }
  const entries = readdirSync(join(content, 'articles'));
  assert.equal(entries.length, 61, entries.join(', '));
  for (const f of entries) Article.parse(parseEntry(readFileSync(join(content, 'articles', f), 'utf8')).data);
  // No lock and no temporary file left; the ingest's manifest (what each input made) is whole and names both runs' inputs.
  assert.deepEqual(readdirSync(content).sort(), ['.ingest-manifest.json', 'articles', 'ids.json', 'sources']);
  const manifest = JSON.parse(readFileSync(join(content, '.ingest-manifest.json'), 'utf8')) as { made: Record<string, unknown> };
  assert.ok(Object.keys(manifest.made).length >= 80, `the manifest records ${Object.keys(manifest.made).length} inputs`);
  assert.equal(readFileSync(join(content, 'ids.json'), 'utf8'), registry);
});

test('an ingest started while another holds the lock says which, waits, and writes nothing until the lock is given back', async () => {
  const work = mkdtempSync(join(tmpdir(), 'two-runs-'));
  const content = join(work, 'content');
  mkdirSync(content);
  const lock = join(content, '.ingest.lock');
  // This test's own process stands for the other ingest: it is alive, on this machine.
  writeFileSync(lock, JSON.stringify({ pid: process.pid, host: hostname(), started: '2025-01-01T00:00:00.000Z' }));
  writeFileSync(join(work, 'story.txt'), STORY);
  const run = ingest([join(work, 'story.txt')], content);
  const deadline = Date.now() + 20_000;
  while (!/waiting/.test(run.stderr()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  assert.match(run.stderr(), new RegExp(`another ingest is writing to .*content \\(pid ${process.pid} on ${hostname()}, started 2025-01-01T00:00:00.000Z\\); waiting for it to finish\\. If none is running, delete ${lock}\\.`));
  await new Promise((r) => setTimeout(r, 1000));
  assert.equal(existsSync(join(content, 'articles', 'story.md')), false, 'wrote while the lock was held');
  rmSync(lock);
  const r = await run.done;
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /written .*story\.txt/);
  assert.ok(existsSync(join(content, 'articles', 'story.md')));
  assert.equal(existsSync(lock), false, 'the lock is given back');
});

test('an editor who saves an entry while the ingest works on its article keeps the edit: the ingest writes nothing over it and says so', async () => {
  const work = mkdtempSync(join(tmpdir(), 'two-runs-'));
  const content = join(work, 'content');
  const file = join(work, 'story.txt');
  writeFileSync(file, STORY);
  assert.equal((await ingest([file], content).done).status, 0);
  const entry = join(content, 'articles', 'story.md');
  // The article grows to 5 MB: reading it takes seconds, time enough for the editor's save.
  writeFileSync(file, STORY + `${'The council met to discuss the budget for parks, libraries and road repairs, and residents spoke for hours. '.repeat(60)}\n\n`.repeat(800));
  const run = ingest([file], content);
  const deadline = Date.now() + 20_000;
  while (!existsSync(join(content, '.ingest.lock')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  await new Promise((r) => setTimeout(r, 500));
  const edited = readFileSync(entry, 'utf8').replace(/^note: null$/m, 'note: checked with the agency');
  writeFileSync(entry, edited);
  const r = await run.done;
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stdout, /rejected .*story\.txt: its entry .*story\.md was changed while it was being ingested \(an editor saving it\?\); nothing was written over it: run the ingest again/);
  assert.equal(readFileSync(entry, 'utf8'), edited);
});
