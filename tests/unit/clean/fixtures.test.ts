import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { decodeSource } from '../../../src/ingest/decode/index.ts';
import { cleanArticle } from '../../../src/ingest/clean/index.ts';
import { readMeta } from '../../../src/ingest/meta/index.ts';
import { expectation, stageFixtures } from '../stage-fixtures.ts';

for (const fixture of stageFixtures('clean')) {
  test(`cleanArticle(text) on ${fixture.name} keeps the story, records each removal and reads its metadata`, () => {
    const decoded = decodeSource(readFileSync(fixture.input), basename(fixture.input));
    assert.ok(decoded.ok, `${fixture.name} was rejected`);
    const cleaned = cleanArticle(decoded.text, decoded.format);
    // The metadata read from the same page rides along, so a page fixture checks both stages.
    const got = { body: cleaned.body.split('\n\n'), removed: cleaned.removed, embedded: cleaned.embedded, meta: readMeta(cleaned, {}, 'fallback') };
    const expected = expectation(fixture, got);
    if (expected) assert.deepEqual(got, expected);
  });
}
