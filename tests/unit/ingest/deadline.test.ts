import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('../../../', import.meta.url).pathname;
const CLI = join(ROOT, 'src/ingest/cli.ts');
const STORY = 'Immigration and Customs Enforcement sent 80 officers to Nashville on Tuesday to assist with arrests, the agency said.\n\nThe officers will stay for a month, officials said.\n';
// 19 MB (the ingest takes at most 20) of one-sentence paragraphs of plain prose: about 0.8 s to decode and clean
// (measured 2026-12-02), four times the deadline below, while a short story takes 1 to 20 ms. (Long paragraphs,
// cheaper to clean, came to take about the old deadline of 0.5 s once cleaning got faster.)
const LONG = `${'The city council met on a cold evening to discuss the budget for parks, libraries and road repairs, and residents spoke for hours about potholes. '}\n\n`.repeat(128000);

const ingest = (args: string[], content: string) => spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: content }, encoding: 'utf8', maxBuffer: 64 << 20 });

test('ingest --timeout gives up an input past its deadline, names it, and processes every input after it', () => {
  const work = mkdtempSync(join(tmpdir(), 'deadline-'));
  const inbox = join(work, 'inbox');
  mkdirSync(inbox);
  writeFileSync(join(inbox, 'a-first.txt'), STORY);
  writeFileSync(join(inbox, 'b-long.txt'), LONG);
  writeFileSync(join(inbox, 'c-after.txt'), STORY.replace('Nashville', 'Memphis'));
  writeFileSync(join(inbox, 'd-last.txt'), STORY.replace('Nashville', 'Knoxville'));
  const content = join(work, 'content');
  const r = ingest([inbox, '--timeout', '0.2'], content);
  const lines = r.stdout.trim().split('\n');
  assert.equal(r.status, 1, r.stderr);
  assert.match(lines[0]!, /^\[1\/4\] written   .*a-first\.txt -> /);
  assert.match(lines[1]!, /^\[2\/4\] rejected  .*b-long\.txt: took longer than 0\.2 s to extract \(the limit is --timeout 0\.2\)$/);
  assert.match(lines[2]!, /^\[3\/4\] written   .*c-after\.txt -> /);
  assert.match(lines[3]!, /^\[4\/4\] written   .*d-last\.txt -> /);
  assert.equal(lines[4], '4 inputs: 3 written, 0 unchanged, 1 rejected, 0 skipped');
  assert.equal(existsSync(join(content, 'articles', 'b-long.md')), false, 'nothing written for the input given up');
  assert.equal(existsSync(join(content, 'sources', 'b-long.txt')), false);
});

test('ingest --timeout refuses what is not a number of seconds, with exit status 2', () => {
  const work = mkdtempSync(join(tmpdir(), 'deadline-'));
  for (const bad of ['0', '-1', 'soon', '']) {
    const r = ingest([join(work, 'none.txt'), `--timeout=${bad}`], join(work, 'content'));
    assert.equal(r.status, 2, bad);
    assert.match(r.stderr, /^--timeout: ".*" is not a number of seconds/, bad);
  }
});
