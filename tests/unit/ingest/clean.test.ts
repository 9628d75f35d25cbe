import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanArticle } from '../../../src/ingest/clean/index.ts';

const STORY = 'Border Patrol agents were sent to Omaha on Monday, officials said.';

test('cleanArticle(text) drops NPR-style captions and their credits and records them', () => {
  const c = cleanArticle(['A flag flies over the port in El Paso, Texas.', 'Jane Doe/AFP via Getty Images', 'hide caption', 'toggle caption', 'Jane Doe/AFP via Getty Images', STORY].join('\n'), 'text');
  assert.equal(c.body, STORY);
  assert.equal(c.removed.filter((r) => r.kind === 'caption').length, 5);
});

test('cleanArticle(text) drops a late teaser block and the comment prompt, keeping the story', () => {
  const text = [STORY, 'The agents will stay for two weeks, the agency said.', 'Leave a Reply', 'Your email address will not be published.', 'You May Also Like', 'Senate passes farm bill', 'A farm bill passed on Tuesday after…'].join('\n\n');
  const c = cleanArticle(text, 'text');
  assert.equal(c.body, `${STORY}\n\nThe agents will stay for two weeks, the agency said.`);
  assert.ok(c.removed.some((r) => r.kind === 'teasers' && r.text.includes('Senate passes farm bill')));
});

test('cleanArticle(text) drops repeated bylines and the author bio and keeps the byline as metadata', () => {
  const c = cleanArticle(['By Ana Ruiz', 'Ana Ruiz', 'May 2, 2025', STORY, 'Ana Ruiz is an award-winning reporter covering immigration.'].join('\n'), 'text');
  assert.equal(c.body, STORY);
  assert.equal(c.embedded.byline, 'Ana Ruiz');
});

test('cleanArticle(markdown) keeps link texts, drops images and raw HTML tags', () => {
  const c = cleanArticle(`# Headline here\n\n![photo](x.jpg)\n\nAgents went to [Omaha](https://example.org) <b>today</b>.`, 'markdown');
  assert.equal(c.embedded.title, 'Headline here');
  assert.match(c.body, /Agents went to Omaha today\./);
  assert.ok(c.removed.some((r) => r.kind === 'image'));
});

test('cleanArticle(html) extracts the article with Readability and the metadata from meta tags', () => {
  const para = (n: number) => `<p>${STORY} Paragraph ${n} adds more detail about the deployment and the city's response to it.</p>`;
  const html = `<!doctype html><html><head><title>T</title><meta property="og:title" content="Agents sent to Omaha"><meta property="article:published_time" content="2025-05-02T10:00:00Z"><meta property="og:site_name" content="Plains Daily"></head><body><nav>Home | News</nav><script>window.x=1</script><article>${[1, 2, 3, 4, 5].map(para).join('')}</article><footer>Copyright</footer></body></html>`;
  const c = cleanArticle(html, 'html');
  assert.equal(c.embedded.title, 'Agents sent to Omaha');
  assert.equal(c.embedded.published, '2025-05-02');
  assert.equal(c.embedded.publisher, 'Plains Daily');
  assert.match(c.body, /Paragraph 5/);
  assert.doesNotMatch(c.body, /window\.x|Home \| News/);
});
