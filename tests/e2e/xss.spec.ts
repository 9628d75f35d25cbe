// Article text is never code: payloads in titles, bodies, evidence and links must not run on any page.
import { test, expect } from '@playwright/test';
import { mkdtempSync, mkdirSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite, ingest } from '../tools/build-site.ts';
import { serve } from '../tools/serve.ts';

const PAYLOADS: Record<string, string> = {
  'script-title.txt': `<script>window.__pwned=1;alert(1)</script> ICE agents sent to Omaha\n\nImmigration and Customs Enforcement sent 80 officers to Omaha, Nebraska, on March 3, 2025, to assist with arrests </script><script>window.__pwned=2</script>, officials said.\n`,
  'handlers.md': `# <img src=x onerror="window.__pwned=3;alert(3)"> Agents\n\nBorder Patrol agents were sent to Tulsa, Oklahoma, on April 2, 2025, the agency said. <svg onload="window.__pwned=4"></svg>\n\n[click](javascript:window.__pwned=5) [data](data:text/html,<script>alert(6)</script>)\n`,
  'jsonld-breakout.txt': `Agents "</script><script>window.__pwned=7</script>" arrive\n\nThe FBI sent 40 agents to Boise, Idaho, on May 5, 2025, in an operation officials called "</script><script>window.__pwned=8</script>", the bureau said.\n`,
  'page.html': `<!doctype html><html><head><title>Agents <script>alert(9)</script></title><meta property="og:title" content="&lt;img src=x onerror=alert(10)&gt;"></head><body><article><p>Drug Enforcement Administration agents were dispatched to Reno, Nevada, on June 6, 2025, to help with immigration arrests, officials said.</p><p onmouseover="alert(11)">More text about the deployment and the reaction in the city, at length, to make an article.</p><p>Yet more text about the deployment so that Readability treats this as the article body.</p><script>window.__pwned=12</script></article></body></html>`,
};

test('no page built from hostile articles opens a dialog or runs script from the content', async ({ page }) => {
  test.setTimeout(180_000);
  const work = mkdtempSync(join(tmpdir(), 'xss-'));
  const inbox = join(work, 'inbox');
  mkdirSync(inbox);
  for (const [name, body] of Object.entries(PAYLOADS)) writeFileSync(join(inbox, name), body);
  ingest(join(work, 'content'), [inbox]);
  buildSite(join(work, 'content'), join(work, 'dist'));
  const site = await serve(join(work, 'dist'));
  const dialogs: string[] = [];
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  const pages = readdirSync(join(work, 'dist'), { recursive: true, withFileTypes: true }).filter((d) => d.isFile() && d.name === 'index.html').map((d) => join(d.parentPath, d.name).slice(join(work, 'dist').length + 1).replace(/index\.html$/, ''));
  expect(pages.length).toBeGreaterThan(8);
  expect(pages.filter((p) => p.startsWith('events/')).length).toBeGreaterThanOrEqual(3);
  for (const p of pages) {
    await page.goto(`${site.url}${p}`);
    for (const a of await page.locator('a').all()) expect(await a.getAttribute('href')).not.toMatch(/^\s*(javascript|data):/i);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), p).toBeUndefined();
  }
  expect(dialogs).toEqual([]);
  await site.close();
});
