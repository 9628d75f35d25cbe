import { test } from 'node:test';
import assert from 'node:assert/strict';
import { filterQuery, matches, monthSpan, readFilter, type Filterable } from '../../../src/lib/event-filter.ts';

const event = (over: Partial<Filterable> = {}): Filterable => ({ agencies: ['ERO'], action: 'deploy', places: ['Chicago, IL'], date: '2020-03-05', ...over });

test('readFilter(search) keeps the known keys with values and drops malformed months', () => {
  assert.deepEqual(readFilter('?agency=ICE&year=&from=2020-3&to=2020-09&page=2'), { agency: 'ICE', to: '2020-09' });
});

test('filterQuery(filter) writes the keys in one order, so a view has one URL', () => {
  assert.equal(filterQuery({ to: '2020-09', agency: 'USMS', from: '2020-06' }), '?agency=USMS&from=2020-06&to=2020-09');
  assert.equal(filterQuery({}), '');
});

test('matches(event, {agency}) takes the agency and its sub-units, not its parent', () => {
  assert.equal(matches(event(), { agency: 'ICE' }), true);
  assert.equal(matches(event(), { agency: 'ERO' }), true);
  assert.equal(matches(event({ agencies: ['ICE'] }), { agency: 'ERO' }), false);
});

test('matches(event, {place, action, year}) needs every part', () => {
  assert.equal(matches(event(), { place: 'Chicago, IL', action: 'deploy', year: '2020' }), true);
  assert.equal(matches(event(), { place: 'Chicago, IL', action: 'surge' }), false);
  assert.equal(matches(event({ date: null }), { year: 'undated' }), true);
  assert.equal(matches(event(), { year: 'undated' }), false);
});

test('matches(event, {from, to}) holds an event whose whole date falls in the months, both ends included', () => {
  assert.equal(matches(event(), { from: '2020-03', to: '2020-03' }), true);
  assert.equal(matches(event(), { from: '2020-04' }), false);
  assert.equal(matches(event(), { to: '2020-02' }), false);
  assert.equal(matches(event({ date: '2020-06' }), { from: '2020-01', to: '2020-06' }), true);
});

test('matches(event, {from, to}) counts a year-only date only in a period holding the whole year, and never an undated one', () => {
  assert.equal(matches(event({ date: '2021' }), { from: '2021-03', to: '2021-09' }), false);
  assert.equal(matches(event({ date: '2021' }), { from: '2021-01', to: '2021-12' }), true);
  assert.equal(matches(event({ date: null }), { from: '2020-01' }), false);
});

test('matches(event, {from, to}) reads a reversed period as the same months', () => {
  assert.equal(matches(event(), { from: '2020-06', to: '2020-01' }), true);
  assert.equal(matches(event(), { from: '2020-06', to: '2020-04' }), false);
});

test('monthSpan(date) is the first and last month a date can mean', () => {
  assert.deepEqual(monthSpan('2020-03-05'), ['2020-03', '2020-03']);
  assert.deepEqual(monthSpan('2021'), ['2021-01', '2021-12']);
});
