// Checks over the built files themselves: every internal link and #anchor resolves, and the HTML validates.
import { test, expect } from '@playwright/test';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { checkLinks } from '../tools/check-links.ts';
import { HTML_VALIDATE_CONFIG } from '../tools/html-validate.config.ts';
import { pageScripts } from '../tools/page-scripts.ts';

const DIST = new URL('../../dist/', import.meta.url).pathname;

test('every internal link, asset and #anchor in dist/ resolves', () => {
  expect(existsSync(DIST)).toBe(true);
  expect(checkLinks(DIST, '/')).toEqual([]);
});

test('every HTML page in dist/ passes html-validate', async () => {
  const validator = new HtmlValidate(HTML_VALIDATE_CONFIG);
  const pages = readdirSync(DIST, { recursive: true, withFileTypes: true }).filter((d) => d.isFile() && d.name.endsWith('.html')).map((d) => join(d.parentPath, d.name));
  const errors: string[] = [];
  for (const file of pages) {
    const report = await validator.validateString(readFileSync(file, 'utf8'), file);
    for (const r of report.results) for (const m of r.messages) errors.push(`${file.slice(DIST.length)}:${m.line}: ${m.ruleId}: ${m.message}`);
  }
  expect(errors).toEqual([]);
});

const gzipped = (page: string) => pageScripts(DIST, page).reduce((sum, s) => sum + s.gzip, 0);

test('the home page loads at most 16 KB of gzipped JavaScript, counting every module it imports', () => {
  const total = gzipped('');
  expect(total).toBeGreaterThan(0);
  expect(total).toBeLessThanOrEqual(16 * 1024);
});

test('an event page loads one script, under 1 KB gzipped', () => {
  const event = readdirSync(join(DIST, 'events'))[0]!;
  const scripts = pageScripts(DIST, `events/${event}`);
  expect(scripts).toHaveLength(1);
  expect(scripts[0]!.gzip).toBeLessThan(1024);
});

test('period pages ship no script and no form', () => {
  const periods = readdirSync(join(DIST, 'timeline'));
  expect(periods.length).toBeGreaterThan(0);
  for (const p of periods) {
    const html = readFileSync(join(DIST, 'timeline', p, 'index.html'), 'utf8');
    expect(html, p).not.toMatch(/<script[^>]*\ssrc=/);
    expect(html, p).not.toMatch(/<form\b/);
  }
});
