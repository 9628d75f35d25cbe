import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanArticle } from '../../../src/ingest/clean/index.ts';

const STORY = 'Border Patrol agents were sent to Omaha on Monday, officials said.';
const MORE = 'The agents will stay for two weeks, the agency said.';
const kinds = (c: { removed: Array<{ kind: string }> }) => c.removed.map((r) => r.kind);

test('cleanArticle(text) drops NPR-style captions and their credits and records them', () => {
  const c = cleanArticle(['A flag flies over the port in El Paso, Texas.', 'Jane Doe/AFP via Getty Images', 'hide caption', 'toggle caption', 'Jane Doe/AFP via Getty Images', STORY].join('\n'), 'text');
  assert.equal(c.body, STORY);
  assert.equal(c.removed.filter((r) => r.kind === 'caption').length, 5);
});

test('cleanArticle(text) drops spun caption toggles ("disguise caption", "conceal picture") with their credits', () => {
  const c = cleanArticle(['Officers stand outside a courthouse in Portland.', 'Sam Lee/Reuters', 'conceal caption', 'toggle picture', 'Sam Lee/Reuters', STORY, MORE].join('\n'), 'text');
  assert.equal(c.body, `${STORY}\n\n${MORE}`);
});

test('cleanArticle(text) drops a caption that ends in its credit in brackets, and lone credit lines', () => {
  const c = cleanArticle([STORY, 'Agents walk near the fence in Sunland Park, N.M., on Jan. 3, 2025. (AP Photo/Ana Lopez)', 'Photograph by Tom Green for The Washington Post', MORE].join('\n'), 'text');
  assert.equal(c.body, `${STORY}\n\n${MORE}`);
  assert.deepEqual(kinds(c), ['caption', 'caption']);
});

test('cleanArticle(text) keeps sentences that merely mention photos, AFP or images', () => {
  const lines = [STORY, 'AFP reported that the agents arrived before dawn.', 'Image quality on the body cameras was poor, the report found.', 'Photos posted online showed agents at the station.'];
  assert.equal(cleanArticle(lines.join('\n'), 'text').body, lines.join('\n\n'));
});

test("cleanArticle(text) drops a late 'You May Also Like' teaser block to the end and records it whole", () => {
  const text = [STORY, MORE, 'Leave a Reply', 'Your email address will not be published.', 'You May Also Like', 'Senate passes farm bill', 'A farm bill passed on Tuesday after a long…', 'Mayor endorses rival', 'The mayor said on Friday that he would back the challenger.'].join('\n\n');
  const c = cleanArticle(text, 'text');
  assert.equal(c.body, `${STORY}\n\n${MORE}`);
  const teasers = c.removed.find((r) => r.kind === 'teasers');
  assert.ok(teasers?.text.includes('Senate passes farm bill') && teasers.text.includes('back the challenger'));
  assert.deepEqual(kinds(c), ['prompt', 'prompt', 'teasers']);
});

test("cleanArticle(text) ends a 'Related' box in mid-story at the story's next sentence", () => {
  const text = [STORY, 'Related', 'Guard troops leave Los Angeles', 'ICE opens new office in Denver', MORE, 'Local leaders criticized the move on Tuesday, saying they were not told.'].join('\n');
  const c = cleanArticle(text, 'text');
  assert.equal(c.body, [STORY, MORE, 'Local leaders criticized the move on Tuesday, saying they were not told.'].join('\n\n'));
  assert.equal(c.removed[0]!.text, 'Related\nGuard troops leave Los Angeles\nICE opens new office in Denver');
});

test("cleanArticle(text) drops one-line teasers ('Related: ...', 'READ MORE: ...')", () => {
  const c = cleanArticle([STORY, 'Related: ICE to hire 10,000 new officers', 'READ MORE | How the Guard is deployed', MORE].join('\n'), 'text');
  assert.equal(c.body, `${STORY}\n\n${MORE}`);
});

test('cleanArticle(text) drops share, newsletter and comment-form prompts', () => {
  const prompts = ['Share this article', 'Sign up for our daily newsletter', 'Advertisement', 'Story continues below advertisement', 'Post Comment', 'Save my name, email, and website in this browser for the next time I comment.', 'Follow us on Twitter @plainsdaily', '4 min read'];
  const c = cleanArticle([STORY, ...prompts, MORE].join('\n'), 'text');
  assert.equal(c.body, `${STORY}\n\n${MORE}`);
  assert.equal(c.removed.length, prompts.length);
});

test('cleanArticle(text) keeps a story sentence that starts like a prompt', () => {
  const lines = [STORY, 'Share of arrests made by the new teams rose to 40 percent in March, the data show.', 'Subscribe is what the union asked members to do with its legal fund, officials said.'];
  assert.equal(cleanArticle(lines.join('\n'), 'text').body, lines.join('\n\n'));
});

test('cleanArticle(text) drops repeated bylines and the author bio and keeps the byline as metadata', () => {
  const c = cleanArticle(['By Ana Ruiz', 'Ana Ruiz', 'May 2, 2025', STORY, 'Ana Ruiz is an award-winning reporter covering immigration.'].join('\n'), 'text');
  assert.equal(c.body, STORY);
  assert.equal(c.embedded.byline, 'Ana Ruiz');
});

test('cleanArticle(text) reads "By Name | Outlet" as byline and publisher, and two authors', () => {
  const one = cleanArticle(['By Dev Patel | Gulf Coast Ledger', STORY].join('\n'), 'text');
  assert.equal(one.embedded.byline, 'Dev Patel');
  assert.equal(one.embedded.publisher, 'Gulf Coast Ledger');
  const two = cleanArticle(['BY Mia Chen and Luis Ortega', 'Luis Ortega', STORY].join('\n'), 'text');
  assert.equal(two.embedded.byline, 'Mia Chen and Luis Ortega');
  assert.equal(two.body, STORY);
});

test('cleanArticle(text) keeps a story sentence that starts with "By"', () => {
  const lines = ['By Friday, more than 300 officers had arrived in Charlotte, the agency said.', STORY];
  assert.equal(cleanArticle(lines.join('\n'), 'text').body, lines.join('\n\n'));
});

test('cleanArticle(text) takes a glued "date YYYY-MM-DD" dateline off the first sentence and keeps the date', () => {
  const c = cleanArticle(` date 2024-11-14 ${STORY}\n${MORE}`, 'text');
  assert.equal(c.body, `${STORY}\n\n${MORE}`);
  assert.equal(c.embedded.published, '2024-11-14');
  assert.deepEqual(c.removed, [{ kind: 'dateline', text: 'date 2024-11-14' }]);
});

test('cleanArticle(text) drops lines that only give the publication time', () => {
  const stamps = ['March 6, 2020Updated: March 6, 2020', 'Published 5:02 PM EST, Fri March 6, 2020', 'Updated: 2024-11-14T09:00:00Z', 'Posted on Nov. 14, 2024 at 9:15 a.m. ET'];
  const c = cleanArticle([...stamps, STORY].join('\n'), 'text');
  assert.equal(c.body, STORY);
  assert.deepEqual(kinds(c), stamps.map(() => 'dateline'));
});

test('cleanArticle(text) keeps a short sentence that contains a date', () => {
  const lines = ['On March 2, 2020, agents arrived in Omaha.', STORY];
  assert.equal(cleanArticle(lines.join('\n'), 'text').body, lines.join('\n\n'));
});

test("cleanArticle(text) turns a '{Outlet.com}' site marker into the publisher", () => {
  const c = cleanArticle(`${STORY}\n\n{Plainsdaily.com}`, 'text');
  assert.equal(c.body, STORY);
  assert.equal(c.embedded.publisher, 'Plainsdaily.com');
  assert.deepEqual(c.removed, [{ kind: 'site marker', text: '{Plainsdaily.com}' }]);
});

test("cleanArticle(text) records 'contributed to this report', reporting credits and copyright lines", () => {
  const c = cleanArticle([STORY, 'Jo Kim and The Associated Press contributed to this report.', '(Reporting by Ted Hesson in Washington; Editing by Mary Lee)', '© 2025 Plains Daily. All rights reserved.'].join('\n'), 'text');
  assert.equal(c.body, STORY);
  assert.deepEqual(kinds(c), ['credit', 'credit', 'copyright']);
});

test('cleanArticle(text) keeps a sentence about reporting by others', () => {
  const lines = [STORY, 'Reporting by the Times found that 500 agents were moved in March.'];
  assert.equal(cleanArticle(lines.join('\n'), 'text').body, lines.join('\n\n'));
});

test('cleanArticle(text) drops an author bio at the end without a byline', () => {
  const c = cleanArticle([STORY, MORE, 'Rosa Diaz is a staff writer covering immigration for the Ledger.'].join('\n'), 'text');
  assert.equal(c.body, `${STORY}\n\n${MORE}`);
  assert.deepEqual(kinds(c), ['author bio']);
});

test('cleanArticle(markdown) keeps link texts, drops images and raw HTML tags', () => {
  const c = cleanArticle(`# Headline here\n\n![photo](x.jpg)\n\nAgents went to [Omaha](https://example.org) <b>today</b>.`, 'markdown');
  assert.equal(c.embedded.title, 'Headline here');
  assert.match(c.body, /Agents went to Omaha today\./);
  assert.ok(c.removed.some((r) => r.kind === 'image'));
});

test('cleanArticle(markdown) reads front matter as text, never runs it, and records it', () => {
  const c = cleanArticle(`---js\n{ title: (require('fs').writeFileSync('x', 'y'), 'pwned') }\n---\n${STORY}`, 'markdown');
  assert.equal(c.body, STORY);
  assert.equal(c.removed[0]!.kind, 'front matter');
  const y = cleanArticle(`---\ntitle: "Guard in Memphis"\ndate: 2025-09-12\nauthor: Kim Diaz\nurl: javascript:alert(1)\n---\n${STORY}`, 'markdown');
  assert.deepEqual(y.embedded, { title: 'Guard in Memphis', published: '2025-09-12', byline: 'Kim Diaz' });
  const toml = cleanArticle(`+++\ntitle = "Agents in Omaha"\n+++\n${STORY}`, 'markdown');
  assert.equal(toml.embedded.title, 'Agents in Omaha');
});

test('cleanArticle(markdown) leaves a leading horizontal rule and the text under it alone', () => {
  const c = cleanArticle(`---\n\n${STORY} It was the first such move.\n\n---\n\n${MORE}`, 'markdown');
  assert.equal(c.body, `${STORY} It was the first such move.\n\n${MORE}`);
});

test('cleanArticle(markdown) drops scripts whole, linked images and link definitions, and unescapes text', () => {
  const c = cleanArticle(`[![logo](l.png)](https://x.org) <script>alert(1)</script>Agents \\*really\\* went to [Omaha][1] &amp; Lincoln.\n\n[1]: https://example.org\n\n* ${MORE}`, 'markdown');
  assert.equal(c.body, `Agents *really* went to Omaha & Lincoln.\n\n${MORE}`);
  assert.deepEqual(kinds(c), ['embedded code', 'image', 'link reference']);
});

const para = (n: number) => `<p>${STORY} Paragraph ${n} adds more detail about the deployment and the city's response to it.</p>`;

test('cleanArticle(html) extracts the article with Readability and the metadata from meta tags', () => {
  const html = `<!doctype html><html><head><title>T</title><meta property="og:title" content="Agents sent to Omaha"><meta property="article:published_time" content="2025-05-02T10:00:00Z"><meta property="og:site_name" content="Plains Daily"></head><body><nav>Home | News</nav><script>window.x=1</script><article>${[1, 2, 3, 4, 5].map(para).join('')}</article><footer>Copyright</footer></body></html>`;
  const c = cleanArticle(html, 'html');
  assert.equal(c.embedded.title, 'Agents sent to Omaha');
  assert.equal(c.embedded.published, '2025-05-02');
  assert.equal(c.embedded.publisher, 'Plains Daily');
  assert.match(c.body, /Paragraph 5/);
  assert.doesNotMatch(c.body, /window\.x|Home \| News/);
  assert.ok(c.removed.some((r) => r.kind === 'page furniture' && r.text === 'Home | News'));
});

test('cleanArticle(html) reads JSON-LD datePublished, author and publisher, and the canonical URL', () => {
  const ld = JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }, { '@type': 'NewsArticle', headline: 'Agents sent', datePublished: '2025-05-02T23:30:00-05:00', author: [{ '@type': 'Person', name: 'Jo Lee' }], publisher: { '@type': 'Organization', name: 'Plains Daily' } }] });
  const html = `<html><head><link rel="canonical" href="https://plains.example/a"><script type="application/ld+json">${ld}</script></head><body><article>${[1, 2, 3].map(para).join('')}</article></body></html>`;
  const c = cleanArticle(html, 'html');
  assert.deepEqual({ ...c.embedded, title: undefined }, { title: undefined, byline: 'Jo Lee', publisher: 'Plains Daily', published: '2025-05-02', url: 'https://plains.example/a' });
});

test('cleanArticle(html) runs no script, keeps no markup, and records figure captions', () => {
  const html = `<html><body><article><figure><img src="x.jpg" onerror="globalThis.pwned=1"><figcaption>Agents at the depot. (Photo: Jo Lee)</figcaption></figure>${[1, 2, 3].map(para).join('')}<p>Line one<br>line two <b onclick="x()">bold</b> &amp; <a href="javascript:alert(1)">link</a>.</p><script>globalThis.pwned = 2</script></article></body></html>`;
  const c = cleanArticle(html, 'html');
  assert.equal((globalThis as { pwned?: number }).pwned, undefined);
  assert.doesNotMatch(c.body, /[<>]|pwned|javascript/);
  assert.match(c.body, /Line one line two bold & link\./);
  assert.deepEqual(c.removed.filter((r) => r.kind === 'caption'), [{ kind: 'caption', text: 'Agents at the depot. (Photo: Jo Lee)' }]);
});

test('cleanArticle(html) falls back to the page text when Readability finds no article', () => {
  const c = cleanArticle(`<html><body><nav><a href="/">Home</a></nav><p>${STORY}</p></body></html>`, 'html');
  assert.equal(c.body, STORY);
});

test('cleanArticle(text) reads a capitalized byline with the outlet on the next line, and drops ___ rules', () => {
  const c = cleanArticle(['Guard sent to Eagle Pass', 'By JUAN A. LOZANO and VALERIE GONZALEZ', 'Associated Press', STORY, '___', MORE].join('\n'), 'text');
  assert.equal(c.body, `Guard sent to Eagle Pass\n\n${STORY}\n\n${MORE}`);
  assert.deepEqual([c.embedded.byline, c.embedded.publisher], ['Juan A. Lozano and Valerie Gonzalez', 'Associated Press']);
  assert.deepEqual(kinds(c), ['byline', 'byline', 'rule']);
});
