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
  // One fresh page per sitemap entry (56 on the seeds): about 25 s on an idle 2-core machine, more on a busy one.
  test.setTimeout(180_000);
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

/** The policy of a page's CSP meta tag (Astro writes it), as directive name -> sources. */
function policy(html: string): Map<string, string[]> | null {
  const tags = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]+)"/gi)];
  if (tags.length !== 1) return null;
  return new Map(tags[0]![1]!.split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
    const [name, ...sources] = d.split(/\s+/);
    return [name!, sources];
  }));
}

test('every page sets one strict Content-Security-Policy, allows WebAssembly only on the search page and ships no inline scripts', async ({ page }) => {
  const paths = await sitemapPaths(page);
  for (const p of paths) {
    const html = await (await page.request.get(p)).text();
    const csp = policy(html);
    expect(csp, `${p}: one CSP meta tag`).not.toBeNull();
    // Nothing executes or is styled from the page itself but what Astro hashed: no 'unsafe-*' anywhere
    // except Pagefind's WebAssembly on the search page.
    const wasm = p.replace(/^.*?(\/search\/)$/, '$1') === '/search/';
    expect(csp!.get('script-src'), p).toEqual(expect.arrayContaining(["'self'"]));
    expect(csp!.get('script-src')!.filter((s) => s.startsWith("'unsafe") || s === "'wasm-unsafe-eval'"), p).toEqual(wasm ? ["'wasm-unsafe-eval'"] : []);
    expect(csp!.get('style-src')!.filter((s) => s.startsWith("'unsafe")), p).toEqual([]);
    expect(csp!.get('style-src')!.some((s) => s.startsWith("'sha256-")), `${p}: the inlined stylesheet allowed by its hash`).toBe(true);
    for (const [name, sources] of [['default-src', ["'self'"]], ['object-src', ["'none'"]], ['base-uri', ["'self'"]], ['form-action', ["'self'"]], ['connect-src', ["'self'"]], ['img-src', ["'self'", 'data:']]] as const) {
      expect(csp!.get(name), `${p}: ${name}`).toEqual(sources);
    }
    // The policy comes before anything it governs: the tag precedes every <script> and <style>.
    const at = html.search(/<meta http-equiv="content-security-policy"/i);
    expect(html.slice(0, at).search(/<script(?![^>]*type="application\/ld\+json")|<style|<link[^>]*rel="stylesheet"/), p).toBe(-1);
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/ld\+json")[^>]*>/g)];
    expect(inline.map((m) => m[0]), p).toEqual([]);
  }
  expect(paths.some((p) => p.endsWith('/search/')), 'the sitemap lists the search page').toBe(true);
});
