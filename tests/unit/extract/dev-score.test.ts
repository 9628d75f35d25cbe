import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

// The real, third-party dev passages in ../shared/dev, scored by the shared scorer on predictions made
// the way `npm run extract` makes them (npm run eval): a regression in reading real reporting fails CI.
const ROOT = new URL('../../../', import.meta.url).pathname;
const DEV = `${ROOT}../shared/dev`;

test('npm run eval on ../shared/dev gives F1 >= 0.85 with publication dates', { skip: !existsSync(`${DEV}/gold`) && 'no ../shared/dev beside the project' }, () => {
  const out = execFileSync(process.execPath, [`${ROOT}src/eval/cli.ts`, `${DEV}/gold`, `${DEV}/articles`], { cwd: ROOT, encoding: 'utf8', maxBuffer: 32 << 20 });
  const m = /events: F1 ([\d.]+) precision ([\d.]+) recall ([\d.]+)/.exec(out);
  assert.ok(m, `the scorer printed no F1:\n${out.slice(-2000)}`);
  assert.ok(Number(m[1]) >= 0.85, `dev F1 ${m[1]} (precision ${m[2]}, recall ${m[3]}) is below 0.85`);
});
