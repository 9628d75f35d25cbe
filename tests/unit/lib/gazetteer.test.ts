import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildIndex, findCity, indexFromKept, keptIndex, lookupPlace } from '../../../src/data/gazetteer.ts';

test('the gazetteer index kept on disk, read back from its JSON, is the index built from the package', () => {
  const built = buildIndex();
  assert.ok(built.size > 10_000, `only ${built.size} names`);
  const back = indexFromKept(JSON.parse(JSON.stringify(keptIndex(built))));
  assert.deepEqual([...back.keys()], [...built.keys()]);
  assert.deepEqual(back, built);
  // A place under several names is one place in both, not one copy per name.
  const places = (index: typeof built) => new Set([...index.values()].flat()).size;
  assert.equal(places(back), places(built));
  assert.ok(places(built) < [...built.values()].flat().length, 'some places have several names');
});

test('places are found through the kept index by name and state', () => {
  assert.equal(findCity('Chicago')?.state, 'IL');
  assert.equal(findCity('Portland', 'ME')?.state, 'ME');
  assert.equal(findCity('St. Paul')?.name, 'Saint Paul');
  assert.equal(findCity('Nowhereville Xq'), null);
  assert.deepEqual(lookupPlace('Chicago, IL').coordinates?.length, 2);
});
