import { test } from 'node:test';
import assert from 'node:assert/strict';
import { publicationDate, toDay } from '../../../src/ingest/meta/published.ts';

test('publicationDate(raw) reads a "Published" cue before an "Updated" one, whatever their order', () => {
  assert.equal(publicationDate('Headline\nUpdated: March 10, 2020\nPublished: March 6, 2020\nStory.'), '2020-03-06');
});

test('publicationDate(raw) takes the first date of a line that only gives dates', () => {
  assert.equal(publicationDate('March 6, 2020Updated: March 9, 2020\nStory.'), '2020-03-06');
  assert.equal(publicationDate('Friday, 6 March 2020 14:02 GMT\nStory.'), '2020-03-06');
  assert.equal(publicationDate('Updated: 2024-11-14T09:00:00Z\nStory.'), '2024-11-14');
});

test('publicationDate(raw) reads a byline with a date and US numeric dates after a cue', () => {
  assert.equal(publicationDate('By Jo Lee | Nov. 14, 2024\nStory.'), '2024-11-14');
  assert.equal(publicationDate('Posted on 11/14/2024 at 9:15 a.m.\nStory.'), '2024-11-14');
});

test('publicationDate(raw) falls back to an "Updated" date when nothing else is given', () => {
  assert.equal(publicationDate('Headline\nLast updated: Jan. 3, 2025\nStory.'), '2025-01-03');
});

test('publicationDate(raw) never takes a date from a sentence of the story', () => {
  assert.equal(publicationDate('On March 2, 2020, agents arrived in Omaha.\nThey left on March 9, 2020.'), null);
  assert.equal(publicationDate('Headline\n\nThe order, dated Jan. 22, 2025, sent agents to Chicago.'), null);
});

test('publicationDate(raw) reads only the first lines', () => {
  const lines = Array.from({ length: 20 }, (_, i) => `Paragraph ${i} of the story says something about agents.`);
  assert.equal(publicationDate([...lines, 'March 6, 2020'].join('\n')), null);
});

test('toDay(text) refuses impossible and out-of-range dates and partial ones', () => {
  assert.equal(toDay('February 30, 2021'), null);
  assert.equal(toDay('2099-01-01'), null);
  assert.equal(toDay('1970-01-01'), null);
  assert.equal(toDay('March 2020'), null);
  assert.equal(toDay('Sept. 4, 2025'), '2025-09-04');
});
