import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../../../src/ingest/extract/dates.ts';
import { referenceFor } from '../../../src/ingest/extract/context.ts';

const on = (text: string, published = '2024-01-10') => findDates(text, referenceFor(text, published)).map((d) => `${d.date}/${d.precision}`);

test('findDates reads the day of a date written with its time, and no date from a time alone', () => {
  assert.deepEqual(on('Beginning December 9, 2023, at 6 a.m. PST, officers will be redirected.'), ['2023-12-09/day']);
  assert.deepEqual(on('The agents arrived Monday at 5 p.m. and left an hour later.'), ['2024-01-08/day']);
  assert.deepEqual(on('The agents arrived at 5 p.m. and left at 7.'), []);
  assert.deepEqual(on('Troops gathered this morning outside the building.'), []);
});

test('findDates gives no date to a span of time, ahead, later or ago', () => {
  assert.deepEqual(on('More officers will arrive within two weeks.'), []);
  assert.deepEqual(on('Three days later the team was sent home.'), []);
  // "an hour later" once read as the publication day.
  assert.deepEqual(on('The team was sent home an hour later.'), []);
  assert.deepEqual(on('Two weeks ago the agency sent 40 officers.'), []);
});
