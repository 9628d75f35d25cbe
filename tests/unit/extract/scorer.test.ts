import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

// The shared scorer, run as CI would, through `npm run extract`. The seeds and the held-out dev set
// (original articles written for this project, with gold in the scorer's format) must both stay high.
const SCORER = new URL('../../../../shared/eval/score.mjs', import.meta.url).pathname;
const ROOT = new URL('../../../', import.meta.url).pathname;

function f1(args: string[]): number {
  const out = execFileSync(process.execPath, [SCORER, ...args, '--cmd', 'npm run --silent extract --'], { cwd: ROOT, encoding: 'utf8' });
  const m = /events: F1 ([\d.]+)/.exec(out);
  assert.ok(m, `the scorer printed no F1:\n${out}`);
  return Number(m[1]);
}

test('the scorer gives F1 1.000 on the seed articles without publication dates', { skip: !existsSync(SCORER) && 'no ../shared beside the project' }, () => {
  assert.equal(f1(['--gold', `${ROOT}../shared/gold/seeds`, '--articles', `${ROOT}../shared/seeds`]), 1);
});

test('the scorer gives F1 >= 0.9 on the held-out dev set with publication dates', { skip: !existsSync(SCORER) && 'no ../shared beside the project' }, () => {
  assert.ok(f1(['--gold', `${ROOT}tests/fixtures/dev-set/gold`, '--articles', `${ROOT}tests/fixtures/dev-set/articles`, '--with-published', 'yes']) >= 0.9);
});
