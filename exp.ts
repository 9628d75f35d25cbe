import { chromium } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { landing } from './bench/land.ts';
import { serve } from './tests/tools/serve.ts';
import { chromiumPath, CHROMIUM_ARGS } from './tests/browser.ts';
const dir = mkdtempSync(join(tmpdir(), 'exp-'));
cpSync('dist', dir, { recursive: true });
const html = readFileSync(join(dir, 'index.html'), 'utf8');
const variants: Record<string, string> = {
  asis: html,
  nocss: html.replace(/<link rel="stylesheet"[^>]*>/g, ''),
  nojs: html.replace(/<script type="module"[^>]*><\/script>/g, ''),
  none: html.replace(/<link rel="stylesheet"[^>]*>/g, '').replace(/<script type="module"[^>]*><\/script>/g, ''),
  nofavicon: html.replace(/<link rel="icon"[^>]*>/g, ''),
};
for (const [k, v] of Object.entries(variants)) { mkdirSync(join(dir, k), { recursive: true }); writeFileSync(join(dir, k, 'index.html'), v); }
mkdirSync(join(dir, 'floor'), { recursive: true });
const id = JSON.parse(readFileSync('dist/data/events.json', 'utf8'))[3].id;
writeFileSync(join(dir, 'floor', 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>floor</title></head><body><p id="${id}">target</p></body></html>`);
const site = await serve(dir);
const b = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
for (const k of ['floor', ...Object.keys(variants)]) { const r = await landing(b, `${site.url}${k}/#${id}`, `[id="${id}"]`, 7); console.log(k, r.median.toFixed(0), r.all.map((x) => x.toFixed(0)).join(' ')); }
await b.close(); await site.close();
