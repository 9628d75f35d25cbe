import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { decodeSource } from '../../../src/ingest/decode/index.ts';
import { expectation, stageFixtures } from '../stage-fixtures.ts';

for (const fixture of stageFixtures('decode')) {
  test(`decodeSource(bytes) on ${fixture.name} gives the expected text or rejection`, () => {
    const got = decodeSource(readFileSync(fixture.input), basename(fixture.input));
    const expected = expectation(fixture, got as unknown as Record<string, unknown>);
    if (expected) assert.deepEqual(got, expected);
  });
}
