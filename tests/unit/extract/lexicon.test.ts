import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { lexicons } from '../../../src/ingest/extract/lexicons.ts';
import { readLexicon, lexiconError } from '../../../src/ingest/extract/lexicon.ts';
import { compilePattern } from '../../../src/ingest/extract/pattern.ts';

test('lexicons() loads every file in src/data/lexicon/ without a malformed line', () => {
  const lex = lexicons();
  assert.ok(lex.motions.mayMatch([{ i: 0, text: 'deployed', lower: 'deployed', lemma: 'deploy', pos: 'VERB', start: 0, end: 8 }]));
  for (const file of readdirSync(new URL('../../../src/data/lexicon/', import.meta.url))) {
    for (const line of readLexicon(file)) assert.ok(line.fields.length >= 1, `${file}:${line.line}`);
  }
});

test('every pattern of the motion and agency lexicons compiles', () => {
  for (const file of ['motions.txt', 'agencies.txt']) {
    for (const l of readLexicon(file)) assert.doesNotThrow(() => compilePattern(l.fields.slice(1).join(' ')), `${file}, line ${l.line}`);
  }
});

test('readLexicon() splits sections, fields and comments; lexiconError names the file and line', () => {
  const lines = readLexicon('test.txt', '# a comment\n[plan]\nwill   # the future\n\n[done]\nhave been sent\n');
  assert.deepEqual(lines.map((l) => [l.section, l.fields, l.line]), [['plan', ['will'], 3], ['done', ['have been sent'], 6]]);
  assert.equal(lexiconError(lines[1]!, 'not a cue').message, 'src/data/lexicon/test.txt, line 6: not a cue');
});
