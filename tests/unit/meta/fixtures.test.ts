import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { decodeSource } from '../../../src/ingest/decode/index.ts';
import { cleanArticle } from '../../../src/ingest/clean/index.ts';
import { readMeta } from '../../../src/ingest/meta/index.ts';
import { expectation, stageFixtures } from '../stage-fixtures.ts';

for (const fixture of stageFixtures('meta')) {
  test(`readMeta(cleaned) on ${fixture.name} gives the expected title, outlet and dates`, () => {
    const decoded = decodeSource(readFileSync(fixture.input), basename(fixture.input));
    assert.ok(decoded.ok, `${fixture.name} was rejected`);
    const got = readMeta(cleanArticle(decoded.text, decoded.format), {}, 'fallback') as unknown as Record<string, unknown>;
    const expected = expectation(fixture, got);
    if (expected) assert.deepEqual(got, expected);
  });
}
