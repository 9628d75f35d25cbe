import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderBody } from '../../../src/lib/render-body.ts';

const ev = (id: string, text: string) => ({ id, text, href: `/events/${id}/`, title: `event ${id}` });

test('two events stated in one paragraph each get their own mark and anchor', async () => {
  const html = await renderBody(
    'ICE sent 200 officers to Chicago in March. Later, CBP sent 100 agents to Portland. The city objected.\n',
    [ev('ev-e2', 'Later, CBP sent 100 agents to Portland.'), ev('ev-e1', 'ICE sent 200 officers to Chicago in March.')],
  );
  assert.match(html, /<mark id="ev-e1"><a href="\/events\/ev-e1\/" title="event ev-e1">ICE sent 200 officers to Chicago in March\.<\/a><\/mark>/);
  assert.match(html, /<mark id="ev-e2"><a href="\/events\/ev-e2\/" title="event ev-e2">Later, CBP sent 100 agents to Portland\.<\/a><\/mark>/);
  assert.match(html, /<\/mark> The city objected\.<\/p>/);
});

test('a sentence wrapped over lines is found and each sentence is marked once', async () => {
  const html = await renderBody('ICE sent 200 officers\nto Chicago. ICE sent 200 officers to Chicago.\n', [ev('ev-e1', 'ICE sent 200 officers to Chicago.')]);
  assert.equal(html.match(/<mark /g)?.length, 1);
  assert.match(html, /<mark id="ev-e1">/);
});
