import { test } from 'node:test';
import assert from 'node:assert/strict';
import { latestMention, publicationWindow } from '../../../src/ingest/meta/window.ts';

test('publicationWindow(body) puts "President-elect Trump" in the 2024 transition', () => {
  assert.deepEqual(publicationWindow('President-elect Donald Trump vowed to end the Biden-Harris policies.'), ['2024-11-06', '2025-01-19']);
});

test('publicationWindow(body) puts "President-elect Trump" in the 2016 transition when nothing is later', () => {
  assert.deepEqual(publicationWindow('President-elect Donald Trump said in December 2016 that he would build a wall.'), ['2016-12-01', '2017-01-19']);
});

test('publicationWindow(body) narrows a transition by the latest past month it names', () => {
  assert.deepEqual(publicationWindow('President-elect Trump named Tom Homan in November. In December 2024, aides met with ICE.'), ['2024-12-01', '2025-01-19']);
});

test('publicationWindow(body) puts "President-elect Biden" in the 2020 transition', () => {
  assert.deepEqual(publicationWindow('President-elect Joe Biden said he would halt the wall.'), ['2020-11-04', '2021-01-19']);
});

test('publicationWindow(body) puts "his second term" after the 2025 inauguration', () => {
  assert.deepEqual(publicationWindow('Within the first week of his second term, Trump sent troops to the border.'), ['2025-01-20', '2029-01-19']);
  assert.equal(publicationWindow("Obama's deportations rose in his second term, historians said."), null);
});

test('publicationWindow(body) reads "the Trump administration is" with "since October 2019" as the first term', () => {
  assert.deepEqual(publicationWindow('The Trump administration is sending agents to cities. Agents have seized 200 pounds of fentanyl since October 2019.'), ['2019-10-01', '2021-01-19']);
});

test('publicationWindow(body) reads "the Trump administration is" after a Biden presidency as the second term', () => {
  assert.deepEqual(publicationWindow('The Trump administration is tapping other agencies, according to a 2024 year-end report.'), ['2025-01-20', '2029-01-19']);
  assert.deepEqual(publicationWindow('The Trump administration has reversed rules set by the Biden administration.'), ['2025-01-20', '2029-01-19']);
});

test('publicationWindow(body) gives no window for a present Trump administration with no year at all', () => {
  assert.equal(publicationWindow('The Trump administration is sending agents to cities, officials said.'), null);
});

test('publicationWindow(body) reads "President Biden said" as the Biden term, and "former President Biden" not', () => {
  assert.deepEqual(publicationWindow('President Biden said on Tuesday that the 1,500 troops sent in May 2023 had done their job.'), ['2023-05-01', '2025-01-19']);
  assert.equal(publicationWindow('Former President Biden said little.'), null);
});

test('publicationWindow(body) gives no window when the cues disagree', () => {
  assert.equal(publicationWindow('President Biden said troops would go. President Trump said they would not.'), null);
});

test('latestMention(body) skips years the text looks ahead to', () => {
  assert.equal(latestMention('Funding runs through 2026. The 2028 election looms. Agents arrived in March 2025.'), '2025-03-01');
  assert.equal(latestMention('No year here.'), null);
});
