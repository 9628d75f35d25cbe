import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { processArticle } from '../../../src/ingest/pipeline.ts';
import { fixtureDirs } from '../fixtures.ts';

// The article page marks each event's sentence in the body: the evidence must be a piece of it, verbatim,
// even though only some sentences are analysed (the others are blanked out before the NLP).
const SHARED = new URL('../../../../shared/', import.meta.url).pathname;
const REAL = [`${SHARED}dev/articles/`, `${SHARED}seeds/`];

function check(files: Array<{ name: string; bytes: Uint8Array }>): void {
  for (const { name, bytes } of files) {
    const r = processArticle(bytes, name, { published: '2025-06-11' });
    if (!r.ok) continue;
    for (const e of r.article.events ?? []) assert.ok(r.body.includes(e.evidence), `${name}: "${e.evidence.slice(0, 80)}" is not in the body`);
  }
}

test('extractEvents quotes every event\'s sentence verbatim from the body (fixtures)', () => {
  check(fixtureDirs().map((f) => ({ name: f.input.split('/').pop()!, bytes: readFileSync(f.input) })));
});

test('extractEvents quotes every event\'s sentence verbatim from the body (../shared dev passages and seeds)', { skip: !existsSync(SHARED) && 'no ../shared beside the project' }, () => {
  check(REAL.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => ({ name: f, bytes: readFileSync(dir + f) }))));
});
