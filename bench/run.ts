// `npm run bench [-- --quick] [--sizes 100,1000,10000] [--no-lighthouse]`: extraction, ingest and build
// timings against Astro's own floor, page weights, time to land on an event's anchor link against a bare
// page and TimelineJS3, and Lighthouse. Prints a table and writes bench/out/results.json.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { article } from './corpus.ts';
import { landing } from './land.ts';
import { serve } from './serve.ts';
import { processArticle } from '../src/ingest/pipeline.ts';
import { chromiumPath, CHROMIUM_ARGS } from '../tests/browser.ts';

const ROOT = new URL('../', import.meta.url).pathname;
const { values } = parseArgs({ options: { quick: { type: 'boolean' }, sizes: { type: 'string' }, 'no-lighthouse': { type: 'boolean' } } });
const sizes = (values.sizes ?? (values.quick ? '100,1000' : '100,1000,10000')).split(',').map(Number);
const work = mkdtempSync(join(tmpdir(), 'bench-'));
const results: Record<string, unknown> = { machine: { cores: cpus().length, cpu: cpus()[0]?.model, node: process.version }, sizes };
const log = (s: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${s}`);
const seconds = (fn: () => void) => {
  const t = performance.now();
  fn();
  return (performance.now() - t) / 1000;
};

function writeCorpus(dir: string, n: number) {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) {
    const a = article(i);
    writeFileSync(join(dir, a.name), a.text);
  }
}

function astro(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), ...args], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 256 << 20 });
  if (r.status !== 0) throw new Error(`astro ${args.join(' ')} failed: ${(r.stderr || r.stdout).split('\n').filter(Boolean).slice(-5).join(' | ')}`);
}

/** Astro's floor: a throwaway project of N trivial pages, built by the same Astro. */
function floorBuild(n: number): number {
  // Inside the repository, so the throwaway project resolves the same installed Astro.
  const dir = join(ROOT, 'bench/out', `floor-${n}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  writeFileSync(join(dir, 'astro.config.mjs'), "export default { devToolbar: { enabled: false } };\n");
  writeFileSync(join(dir, 'src/pages/[n].astro'), `---\nexport function getStaticPaths() { return Array.from({ length: ${n} }, (_, i) => ({ params: { n: String(i) } })); }\nconst { n } = Astro.params;\n---\n<html lang="en"><head><title>{n}</title></head><body><p id={\`p\${n}\`}>{n}</p></body></html>\n`);
  return seconds(() => astro(['build', '--root', dir]));
}

/** A child process that does not block this one; resolves with its stderr when it exits or times out. */
function run(cmd: string, args: string[], env: NodeJS.ProcessEnv, timeout: number): Promise<{ stderr: string }> {
  return new Promise((done) => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeout);
    child.on('exit', () => {
      clearTimeout(timer);
      done({ stderr });
    });
  });
}

function gz(file: string): number {
  return existsSync(file) ? gzipSync(readFileSync(file)).length : 0;
}

/** Gzipped bytes of a page's HTML and of the CSS and JS it loads. */
function weight(dist: string, path: string) {
  const file = join(dist, path, 'index.html');
  const html = readFileSync(file, 'utf8');
  const assets = (re: RegExp) => [...html.matchAll(re)].map((m) => join(dist, m[1]!.replace(/^\//, '')));
  const css = assets(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g).reduce((s, f) => s + gz(f), 0);
  const js = assets(/<script[^>]+src="([^"]+)"/g).reduce((s, f) => s + gz(f), 0);
  return { html: gz(file), css, js };
}

const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const rows: Array<[string, string, string]> = [];
const budget = (name: string, ok: boolean, detail: string) => rows.push([name, ok ? 'PASS' : 'FAIL', detail]);

// 1. Extraction, in process, one core.
log('extraction: 2,000 synthetic articles through decode, clean, meta and extract, one core');
const texts = Array.from({ length: 2000 }, (_, i) => Buffer.from(article(i, 7).text));
processArticle(texts[0]!, 'warm.txt');
const ext = seconds(() => texts.forEach((b, i) => processArticle(b, `a${i}.txt`)));
const perSecond = texts.length / ext;
results.extraction = { articles: texts.length, seconds: ext, articlesPerSecond: perSecond };
budget('extraction >= 500 articles/s/core', perSecond >= 500, `${perSecond.toFixed(0)} articles/s`);

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const sizeResults: Record<number, unknown> = {};
for (const n of sizes) {
  log(`size ${n}: corpus, ingest, build, floor build`);
  const dir = join(work, `n${n}`);
  writeCorpus(join(dir, 'inbox'), n);
  const content = join(dir, 'content');
  const ingestS = seconds(() => spawnSync(process.execPath, [join(ROOT, 'src/ingest/cli.ts'), join(dir, 'inbox')], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: content }, stdio: 'ignore' }));
  const dist = join(dir, 'dist');
  const buildS = seconds(() => astro(['build', '--outDir', dist], { CONTENT_DIR: content }));
  const pages = readdirSync(dist, { recursive: true }).filter((f) => String(f).endsWith('index.html')).length;
  const events = JSON.parse(readFileSync(join(dist, 'data/events.json'), 'utf8')) as Array<{ id: string; date: string | null }>;
  const floorS = floorBuild(pages);
  const entry: Record<string, unknown> = { articles: n, events: events.length, pages, ingestSeconds: ingestS, buildSeconds: buildS, pagesPerSecond: pages / buildS, floorSeconds: floorS, ratioToFloor: (ingestS + buildS) / floorS };
  log(`size ${n}: ${events.length} events, ${pages} pages; ingest ${ingestS.toFixed(1)} s, build ${buildS.toFixed(1)} s, floor ${floorS.toFixed(1)} s`);

  if (n === Math.max(...sizes)) {
    // A rebuild after adding one article: ingest that file, build again.
    const extra = article(n + 1);
    writeFileSync(join(dir, extra.name), extra.text);
    const addS = seconds(() => spawnSync(process.execPath, [join(ROOT, 'src/ingest/cli.ts'), join(dir, extra.name)], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: content }, stdio: 'ignore' }));
    const rebuildS = seconds(() => astro(['build', '--outDir', dist], { CONTENT_DIR: content }));
    entry.addOneArticle = { ingestSeconds: addS, buildSeconds: rebuildS };
    budget(`ingest + build of ${n} articles within 1.5x the Astro floor`, (ingestS + buildS) / floorS <= 1.5, `${((ingestS + buildS) / floorS).toFixed(2)}x (${(ingestS + buildS).toFixed(1)} s vs ${floorS.toFixed(1)} s)`);
    rows.push([`rebuild after adding one article to ${n}`, 'INFO', `${(addS + rebuildS).toFixed(1)} s (full: ${(ingestS + buildS).toFixed(1)} s)`]);
    const home = weight(dist, '');
    const ev = weight(dist, `events/${events[0]!.id}`);
    const art = weight(dist, `articles/${readdirSync(join(content, 'articles'))[0]!.replace(/\.md$/, '')}`);
    entry.weights = { home, event: ev, article: art };
    budget('home JS <= 16 KB gz', home.js <= 16 * 1024, kb(home.js));
    budget('home CSS <= 8 KB gz', home.css <= 8 * 1024, kb(home.css));
    budget(`home HTML <= 60 KB gz at ${events.length} events`, home.html <= 60 * 1024, kb(home.html));
    budget('event and article pages ship no JS', ev.js === 0 && art.js === 0, `event ${kb(ev.js)}, article ${kb(art.js)}`);
  }

  // Landing on the anchor link the site hands out, against a bare page and TimelineJS3 with the same events.
  const site = await serve(dist);
  const target = events[Math.floor(events.length / 2)]!;
  const eventPage = readFileSync(join(dist, 'events', target.id, 'index.html'), 'utf8');
  const anchor = /href="([^"]+)"[^>]*>See it on the timeline/.exec(eventPage)![1]!;
  const ours = await landing(browser, new URL(anchor, site.url).toString(), `[id="${target.id}"]`);
  const floorDir = join(dir, 'floor-page');
  mkdirSync(floorDir, { recursive: true });
  writeFileSync(join(floorDir, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>floor</title></head><body><p id="${target.id}">target</p></body></html>`);
  const tl = join(dir, 'tl');
  mkdirSync(tl, { recursive: true });
  cpSync(join(ROOT, 'node_modules/@knight-lab/timelinejs/dist'), join(tl, 'tl'), { recursive: true });
  cpSync(join(dist, 'data/timelinejs.json'), join(tl, 'data.json'));
  writeFileSync(join(tl, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>TimelineJS</title><link rel="stylesheet" href="tl/css/timeline.css"></head><body><div id="timeline-embed" style="width:100%;height:600px"></div><script src="tl/js/timeline.js"></script><script>fetch('data.json').then(r=>r.json()).then(d=>{window.timeline=new TL.Timeline('timeline-embed',d,{hash_bookmark:true});});</script></body></html>`);
  const floorSite = await serve(floorDir);
  const tlSite = await serve(tl);
  const floor = await landing(browser, floorSite.url, `[id="${target.id}"]`);
  let tlj: { median: number; all: number[]; cls: number } | null = null;
  if (n <= 1000) {
    try {
      tlj = await landing(browser, `${tlSite.url}#event-${target.id}`, `.tl-slide[id="${target.id}"] .tl-headline`, 3);
    } catch (e) {
      log(`TimelineJS3 at ${n}: ${(e as Error).message.split('\n')[0]}`);
    }
  }
  await Promise.all([site.close(), floorSite.close(), tlSite.close()]);
  entry.landing = { ours: ours.median, floor: floor.median, timelinejs: tlj?.median ?? null, cls: ours.cls, anchor };
  budget(`landing at ${events.length} events within 1.3x the floor`, ours.median <= 1.3 * floor.median, `${ours.median.toFixed(0)} ms vs floor ${floor.median.toFixed(0)} ms (${(ours.median / floor.median).toFixed(2)}x)${tlj ? `; TimelineJS3 ${tlj.median.toFixed(0)} ms` : ''}`);
  budget(`no layout shift after landing (${events.length} events)`, ours.cls < 0.01, `CLS ${ours.cls.toFixed(3)}`);
  if (tlj && n >= 1000) budget(`>= 10x sooner than TimelineJS3 at ${events.length} events`, tlj.median / ours.median >= 10, `${(tlj.median / ours.median).toFixed(1)}x`);
  sizeResults[n] = entry;
  if (n === Math.max(...sizes) && !values['no-lighthouse']) {
    log('lighthouse: home page and an event page (mobile emulation, default throttling)');
    const lhSite = await serve(dist);
    const scores: Record<string, Record<string, number>> = {};
    for (const [name, path] of [['home', ''], ['event', `events/${target.id}/`]] as const) {
      const out = join(work, `lh-${name}.json`);
      // Asynchronous on purpose: the static server lives in this process and must keep answering.
      const r = await run(process.execPath, [join(ROOT, 'node_modules/lighthouse/cli/index.js'), `${lhSite.url}${path}`, '--quiet', '--output=json', `--output-path=${out}`, '--only-categories=performance,accessibility,best-practices,seo', `--chrome-flags=--headless=new --no-sandbox ${CHROMIUM_ARGS.join(' ')}`], { ...process.env, CHROME_PATH: chromiumPath() }, 240_000);
      if (!existsSync(out)) {
        log(`lighthouse ${name} failed: ${(r.stderr || '').split('\n').slice(-3).join(' | ')}`);
        continue;
      }
      const cats = JSON.parse(readFileSync(out, 'utf8')).categories;
      scores[name] = Object.fromEntries(Object.entries(cats).map(([k, v]) => [k, Math.round(((v as { score: number }).score ?? 0) * 100)]));
      for (const [k, v] of Object.entries(scores[name]!)) budget(`lighthouse ${name} ${k} >= 98`, v >= 98, String(v));
    }
    await lhSite.close();
    results.lighthouse = scores;
  }
  rmSync(join(dir, 'inbox'), { recursive: true, force: true });
}
await browser.close();
results.sizes = sizeResults;
results.budgets = rows.map(([name, verdict, detail]) => ({ name, verdict, detail }));

console.log('\n| check | result | figure |\n|---|---|---|');
for (const [name, verdict, detail] of rows) console.log(`| ${name} | ${verdict} | ${detail} |`);
console.log('\n| articles | events | pages | ingest s | build s | pages/s | Astro floor s | (ingest+build)/floor | land ms | floor ms | TimelineJS3 ms |\n|---|---|---|---|---|---|---|---|---|---|---|');
for (const [n, e] of Object.entries(sizeResults) as Array<[string, Record<string, any>]>) {
  console.log(`| ${n} | ${e.events} | ${e.pages} | ${e.ingestSeconds.toFixed(1)} | ${e.buildSeconds.toFixed(1)} | ${e.pagesPerSecond.toFixed(0)} | ${e.floorSeconds.toFixed(1)} | ${e.ratioToFloor.toFixed(2)} | ${e.landing.ours.toFixed(0)} | ${e.landing.floor.toFixed(0)} | ${e.landing.timelinejs == null ? '—' : e.landing.timelinejs.toFixed(0)} |`);
}
mkdirSync(join(ROOT, 'bench/out'), { recursive: true });
writeFileSync(join(ROOT, 'bench/out/results.json'), JSON.stringify(results, null, 1));
console.log(`\nEvery figure: bench/out/results.json (work folder ${work})`);
