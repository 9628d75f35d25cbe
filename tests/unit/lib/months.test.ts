import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addMonths, monthsBetween } from '../../../src/lib/months.ts';

test('addMonths(month, n) crosses year ends both ways', () => {
  assert.equal(addMonths('2020-12', 1), '2021-01');
  assert.equal(addMonths('2021-01', -1), '2020-12');
  assert.equal(addMonths('2020-01', 71), '2025-12');
});

test('monthsBetween(from, to) lists both ends and is empty when reversed', () => {
  assert.deepEqual(monthsBetween('2020-11', '2021-02'), ['2020-11', '2020-12', '2021-01', '2021-02']);
  assert.equal(monthsBetween('2020-01', '2025-12').length, 72);
  assert.deepEqual(monthsBetween('2021-01', '2020-12'), []);
});
