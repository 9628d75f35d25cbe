import { test } from 'node:test';
import assert from 'node:assert/strict';
import { monthCounts } from '../../../src/lib/month-counts.ts';
import type { AgencyId } from '../../../src/schema/agency.ts';

const ev = (date: string | null, agency: AgencyId) => ({ date, agencies: [agency] });

test('monthCounts(events, months) counts day- and month-dated events in their month by agency family, and year-only or undated ones apart', () => {
  const { counts, withoutMonth } = monthCounts([ev('2021-01-05', 'ERO'), ev('2021-01', 'USBP'), ev('2021', 'ICE'), ev(null, 'DEA'), ev('2021-02-01', 'USMS')], ['2021-01', '2021-02']);
  assert.deepEqual(counts.get('2021-01'), { ICE: 1, CBP: 1, DOJ: 0, MILITARY: 0, OTHER: 0 });
  assert.deepEqual(counts.get('2021-02'), { ICE: 0, CBP: 0, DOJ: 1, MILITARY: 0, OTHER: 0 });
  assert.equal(withoutMonth, 2);
});
