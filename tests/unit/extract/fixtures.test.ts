import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { processArticle } from '../../../src/ingest/pipeline.ts';
import { fixtureDirs, readExpected, writeExpected } from '../fixtures.ts';

interface Expected { published: string | null; events: Array<Record<string, unknown>> }
const FIELDS = ['date', 'date_precision', 'agencies', 'action', 'personnel', 'personnel_qualifier', 'places', 'operation'] as const;

// Folders whose expected.json names a "stage" belong to the input-stage tests, not to extraction.
for (const { name, dir, input } of fixtureDirs().filter((f) => !(readExpected<Record<string, unknown>>(f.dir) ?? {}).stage && (readExpected<Expected>(f.dir)?.events !== undefined || process.env.UPDATE === '1'))) {
  test(`extractEvents on ${name} gives the expected events`, () => {
    const expected = readExpected<Expected>(dir);
    // An expected `published: null` is an article that gives no publication day.
    const published = expected && 'published' in expected ? expected.published : '2025-06-11';
    const result = processArticle(readFileSync(input), input.split('/').pop()!, { published: published ?? undefined });
    assert.ok(result.ok, `the pipeline rejected ${name}`);
    const got = result.article.events!.map((e) => Object.fromEntries(FIELDS.map((f) => [f, e[f] ?? null])));
    if (!expected?.events || process.env.UPDATE === '1') {
      if (writeExpected(dir, { published, events: got })) return;
      assert.fail(`${name}/expected.json is missing; write it with UPDATE=1 and check it by eye`);
    }
    assert.deepEqual(got, expected.events);
  });
}
