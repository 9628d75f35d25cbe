import { test } from 'node:test';
import assert from 'node:assert/strict';
import { neighbours, periodLabel, periodPages } from '../../../src/lib/periods.ts';
import { anchorPeriodOf, anchorPeriodOfId, periodOf, periodOfId } from '../../../src/lib/period.ts';
import type { TimelineEvent } from '../../../src/schema/timeline-event.ts';

const ev = (id: string, date: string | null, aliases: string[] = []) => ({ id, date, aliases }) as unknown as TimelineEvent;

test('periodOf(date) is the month, the year for a year-only date, or undated', () => {
  assert.equal(periodOf('2020-03-05'), '2020-03');
  assert.equal(periodOf('2020-03'), '2020-03');
  assert.equal(periodOf('2021'), '2021');
  assert.equal(periodOf(null), 'undated');
});

test('periodOfId(id) reads the period from the date an id starts with', () => {
  assert.equal(periodOfId('2020-02-usbp-bortac-chicago'), '2020-02');
  assert.equal(periodOfId('2020-03-05-ice-ero'), '2020-03');
  assert.equal(periodOfId('2021-ice-surge'), '2021');
  assert.equal(periodOfId('undated-ice-surge'), 'undated');
  assert.equal(periodOfId('ice-surge'), null);
});

test('periodPages(events) gives every period its events, and every day its day-dated events, oldest first and undated last', () => {
  const pages = periodPages([ev('2020-03-05-a', '2020-03-05'), ev('2020-03-b', '2020-03'), ev('2021-c', '2021'), ev('undated-d', null), ev('2020-01-e', '2020-01')]);
  assert.deepEqual(pages.map((p) => [p.period, p.events.map((e) => e.id)]), [
    ['2020-01', ['2020-01-e']], ['2020-03', ['2020-03-05-a', '2020-03-b']], ['2020-03-05', ['2020-03-05-a']], ['2021', ['2021-c']], ['undated', ['undated-d']],
  ]);
});

test('anchorPeriodOf(date) is the day when the day is known, else the month, the year or undated', () => {
  assert.equal(anchorPeriodOf('2020-03-05'), '2020-03-05');
  assert.equal(anchorPeriodOf('2020-03'), '2020-03');
  assert.equal(anchorPeriodOf('2021'), '2021');
  assert.equal(anchorPeriodOf(null), 'undated');
  assert.equal(anchorPeriodOfId('2020-03-05-ice-ero'), '2020-03-05');
  assert.equal(anchorPeriodOfId('2020-02-usbp-bortac'), '2020-02');
  assert.equal(anchorPeriodOfId('2021-ice-surge'), '2021');
});

test('neighbours(pages, i) pages day pages through days and the others through months', () => {
  const pages = periodPages([ev('2020-03-05-a', '2020-03-05'), ev('2020-03-09-b', '2020-03-09'), ev('2020-04-c', '2020-04'), ev('2020-05-01-d', '2020-05-01')]);
  const at = (period: string) => neighbours(pages, pages.findIndex((p) => p.period === period));
  assert.deepEqual(at('2020-03'), { next: '2020-04' });
  assert.deepEqual(at('2020-04'), { previous: '2020-03', next: '2020-05' });
  assert.deepEqual(at('2020-03-09'), { previous: '2020-03-05', next: '2020-05-01' });
  assert.deepEqual(at('2020-03-05'), { next: '2020-03-09' });
});

test('periodPages(events) leaves a pointer on the period and the day an id names when the event now lives elsewhere', () => {
  const moved = ev('2020-02-a', '2019-12-30', ['2020-05-old-a']);
  const redated = ev('2020-06-01-c', '2020-06-03');
  const pages = periodPages([moved, ev('2020-05-b', '2020-05-01'), redated]);
  assert.deepEqual(pages.map((p) => p.period), ['2019-12', '2019-12-30', '2020-02', '2020-05', '2020-05-01', '2020-06', '2020-06-01', '2020-06-03']);
  assert.deepEqual(pages.find((p) => p.period === '2020-02')!.events, []);
  assert.deepEqual(pages.find((p) => p.period === '2020-02')!.moved.map((m) => m.id), ['2020-02-a']);
  assert.deepEqual(pages.find((p) => p.period === '2020-05')!.moved.map((m) => [m.id, m.event.id]), [['2020-05-old-a', '2020-02-a']]);
  assert.deepEqual(pages.find((p) => p.period === '2019-12')!.moved, []);
  // A day corrected within its month: the month still holds it, the old day points to the new one.
  assert.deepEqual(pages.find((p) => p.period === '2020-06')!.moved, []);
  assert.deepEqual(pages.find((p) => p.period === '2020-06-01')!.moved.map((m) => m.id), ['2020-06-01-c']);
  assert.deepEqual(pages.find((p) => p.period === '2020-06-03')!.events.map((e) => e.id), ['2020-06-01-c']);
});

test('periodLabel(period) names a day, a month, a year without its month, and undated', () => {
  assert.equal(periodLabel('2020-03-05'), 'March 5, 2020');
  assert.equal(periodLabel('2020-03'), 'March 2020');
  assert.equal(periodLabel('2021'), '2021, month not known');
  assert.equal(periodLabel('undated'), 'Undated');
});
