import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

async function sitemapPaths(page: Page): Promise<string[]> {
  const res = await page.request.get('/sitemap.xml');
  return [...(await res.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

/** Opens a page and records console errors, requests to other origins and CSP violations. */
async function visit(page: Page, path: string) {
  const problems: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`error: ${e.message}`));
  page.on('request', (r) => { if (!r.url().startsWith('http://127.0.0.1') && !r.url().startsWith('data:')) problems.push(`other origin: ${r.url()}`); });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(path, { waitUntil: 'load' });
  return problems;
}

test('every page in the sitemap loads with no console errors, no CSP violations and no requests to other origins', async ({ page }) => {
  const paths = await sitemapPaths(page);
  expect(paths.length).toBeGreaterThan(10);
  const all: string[] = [];
  for (const p of paths) {
    const fresh = await page.context().newPage();
    const problems = await visit(fresh, p);
    await fresh.waitForTimeout(50);
    all.push(...problems.map((x) => `${p}: ${x}`));
    await fresh.close();
  }
  expect(all).toEqual([]);
});

test('every page in the sitemap has no axe violations at WCAG 2.1 AA', async ({ page }) => {
  test.setTimeout(180_000);
  const paths = await sitemapPaths(page);
  const violations: string[] = [];
  for (const p of paths) {
    await page.goto(p);
    const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    violations.push(...r.violations.map((v) => `${p}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`));
  }
  expect(violations).toEqual([]);
});

test('every page sets a Content-Security-Policy without unsafe-inline scripts and ships no inline scripts', async ({ page }) => {
  for (const p of await sitemapPaths(page)) {
    const html = await (await page.request.get(p)).text();
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(csp, p).toBeTruthy();
    expect(/script-src[^;]*'unsafe-inline'/.test(csp!), p).toBe(false);
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/ld\+json")[^>]*>/g)];
    expect(inline.map((m) => m[0]), p).toEqual([]);
  }
});
