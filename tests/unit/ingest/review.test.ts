import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringifyEntry } from '../../../src/entry/index.ts';

const ROOT = new URL('../../../', import.meta.url).pathname;

function write(dir: string, slug: string, published: string | null, events: Array<Record<string, unknown>>) {
  const data = { title: slug, published, source_file: `${slug}.txt`, source_sha256: 'a'.repeat(64), events: events.map((e, i) => ({ key: `e${i + 1}`, agencies: ['CBP'], action: 'deploy', evidence: `${slug} sentence ${i + 1}.`, ...e })) };
  writeFileSync(join(dir, 'articles', `${slug}.md`), stringifyEntry({ data, body: 'Body.' }));
}

test('review lists each merge in one line with why, the undated events standing alone, and counts rejected events apart', () => {
  const dir = mkdtempSync(join(tmpdir(), 'review-'));
  mkdirSync(join(dir, 'articles'));
  write(dir, 'wire', '2020-07-24', [{ date: '2020-07-23', date_precision: 'day', places: ['Seattle, WA'] }]);
  write(dir, 'paper', '2020-07-28', [{ date: '2020-07', date_precision: 'month', places: ['Seattle, WA'] }, { places: ['Portland, OR'] }]);
  write(dir, 'blog', '2021-01-05', [{ date: '2021-01', date_precision: 'month', agencies: ['ATF'], rejected: true, note: 'software, not the agency' }]);
  const r = spawnSync(process.execPath, [join(ROOT, 'src/ingest/review-cli.ts')], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: dir }, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const section = (title: string) => {
    const m = new RegExp(`\\n${title}[^\\n]*\\((\\d+)\\)\\n((?:  .*\\n)*)`).exec(r.stdout);
    assert.ok(m, `no section "${title}" in:\n${r.stdout}`);
    return { count: Number(m[1]), lines: m[2]!.trim().split('\n').map((l) => l.trim()) };
  };
  const merges = section('Merges to check');
  assert.equal(merges.count, 1);
  assert.match(merges.lines[0]!, /^2020-07-23-cbp-seattle: \S*wire\.md e1 joined \S*paper\.md e1: dates overlap \(2020-07-23 and 2020-07\); same place \(Seattle, WA\); same agencies \(CBP\); both a deployment$/);
  const undated = section('Undated events standing alone');
  assert.equal(undated.count, 1);
  assert.match(undated.lines[0]!, /paper\.md e2 -> undated-cbp-portland: /);
  const rejected = section('Rejected events');
  assert.deepEqual(rejected.lines.map((l) => l.replace(/^\S*\//, '')), ['blog.md e1 (software, not the agency): blog sentence 1.']);
  assert.match(r.stdout, /3 articles, 4 article events \(1 rejected, 0 added by hand\), 2 timeline events\./);
  assert.doesNotMatch(section('Events not yet reviewed').lines.join('\n'), /blog\.md/);
});
