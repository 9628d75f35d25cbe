// `npm run bench [-- --quick] [--sizes 100,1000,10000] [--runs 15] [--loops 5] [--no-lighthouse]`: extraction
// speed; ingest and build against Astro's own floor; the editor's loop and the review loop at the largest
// size, with the rebuild's phases; page weights; time to land on an event's anchor link against a bare page
// and TimelineJS3; Lighthouse. Prints a table with every budget and
// writes bench/out/results.json.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { article } from './corpus.ts';
import { landings, type Landing } from './land.ts';
import { editorsLoops, phaseTable, readPhases } from './editor-loop.ts';
import { serve } from './serve.ts';
import { processArticle } from '../src/ingest/pipeline.ts';
import { timeLargeInputs } from './large-inputs.ts';
import { chromiumPath, CHROMIUM_ARGS } from '../tests/browser.ts';

const ROOT = new URL('../', import.meta.url).pathname;
const { values } = parseArgs({ options: { quick: { type: 'boolean' }, sizes: { type: 'string' }, runs: { type: 'string' }, loops: { type: 'string' }, 'no-lighthouse': { type: 'boolean' } } });
const sizes = (values.sizes ?? (values.quick ? '100,1000' : '100,1000,10000')).split(',').map(Number);
const runs = Number(values.runs ?? 15);
const loops = Number(values.loops ?? 5);
const work = mkdtempSync(join(tmpdir(), 'bench-'));
const results: Record<string, unknown> = { date: new Date().toISOString(), machine: { cores: cpus().length, cpu: cpus()[0]?.model, node: process.version }, sizes, landingRuns: runs };
const log = (s: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${s}`);

/** Runs a command to the end and returns its wall seconds and output; a failure stops the bench with its last lines. */
function timed(args: string[], env: Record<string, string> = {}, cwd = ROOT): { seconds: number; out: string } {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 512 << 20 });
  const seconds = (performance.now() - t) / 1000;
  // The ingest exits 1 when it rejects an input; the synthetic corpus has none to reject.
  if (r.status !== 0) throw new Error(`${args.slice(0, 2).join(' ')} failed: ${(r.stderr || r.stdout).split('\n').filter(Boolean).slice(-5).join(' | ')}`);
  // Without colour codes, which Astro puts in its log on CI and which would split what is parsed here.
  return { seconds, out: (r.stdout + r.stderr).replace(/\x1b\[[0-9;]*m/g, '') };
}

const astro = (args: string[], env: Record<string, string> = {}) => timed([join(ROOT, 'node_modules/astro/bin/astro.mjs'), ...args], env);
const ingest = (content: string, paths: string[]) => timed([join(ROOT, 'src/ingest/cli.ts'), ...paths], { CONTENT_DIR: content });

/** The site's build as `npm run build` runs it (Astro, whose integrations write the search index), into `out`, with its phases. */
function build(content: string, out: string) {
  const phasesFile = join(work, 'build-phases.jsonl');
  rmSync(phasesFile, { force: true });
  const env = { CONTENT_DIR: content, TIMELINE_PHASES: phasesFile };
  const site = astro(['build', '--outDir', out], env);
  const rendered = Number(/(\d+) page\(s\) built/.exec(site.out)?.[1] ?? NaN);
  const search = /\[search-index\] .*\(([\d.]+) s/.exec(site.out);
  return { seconds: site.seconds, rendered, searchSeconds: search ? Number(search[1]) : null, phases: readPhases(phasesFile) };
}

/** Astro's floor: a throwaway project of N trivial pages, built by the same Astro, with its defaults or a concurrency. */
function floorBuild(n: number, concurrency?: number): number {
  // Inside the repository, so the throwaway project resolves the same installed Astro.
  const dir = join(ROOT, 'bench/out', `floor-${n}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  writeFileSync(join(dir, 'astro.config.mjs'), `export default { devToolbar: { enabled: false }${concurrency ? `, build: { concurrency: ${concurrency} }` : ''} };\n`);
  writeFileSync(join(dir, 'src/pages/[n].astro'), `---\nexport function getStaticPaths() { return Array.from({ length: ${n} }, (_, i) => ({ params: { n: String(i) } })); }\nconst { n } = Astro.params;\n---\n<html lang="en"><head><title>{n}</title></head><body><p id={\`p\${n}\`}>{n}</p></body></html>\n`);
  // Without telemetry, as our build runs (astro.config.mjs): the floor is Astro's own work, not a post to its server.
  const s = astro(['build', '--root', dir], { ASTRO_TELEMETRY_DISABLED: '1' }).seconds;
  rmSync(dir, { recursive: true, force: true });
  return s;
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

const gz = (bytes: string | Buffer) => gzipSync(bytes).length;

/** Every JS file a script loads, the script included: static and dynamic imports of relative modules, followed. */
function scriptClosure(dist: string, src: string, seen = new Set<string>()): Set<string> {
  const file = join(dist, src.replace(/^\//, ''));
  if (seen.has(file) || !existsSync(file)) return seen;
  seen.add(file);
  for (const m of readFileSync(file, 'utf8').matchAll(/(?:import|from)\s*\(?\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) scriptClosure(dist, join(dirname(src), m[1]!), seen);
  return seen;
}

/** Gzipped bytes of a page's HTML, of its CSS (linked files and inlined <style>), and of all the JS it can load. */
function weight(dist: string, path: string) {
  const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
  const base = dist;
  const links = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => join(base, m[1]!.replace(/^\//, '')));
  const inline = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!).join('');
  const css = links.filter(existsSync).reduce((s, f) => s + gz(readFileSync(f)), 0) + (inline ? gz(inline) : 0);
  const scripts = new Set<string>();
  for (const m of html.matchAll(/<script[^>]+src="([^"]+)"/g)) for (const f of scriptClosure(dist, m[1]!)) scripts.add(f);
  const js = [...scripts].reduce((s, f) => s + gz(readFileSync(f)), 0);
  return { html: gz(html), css, js, scripts: scripts.size };
}

const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;

/** 1b. Extraction time per MB on a 1 MB and a 10 MB article, and the long-token case, each on a worker under a 60 s deadline. */
async function largeInputRows(): Promise<void> {
  log('extraction of large inputs: 1 MB and 10 MB articles, 10 MB of undated report sentences, a 256 KB token (60 s deadline each)');
  const large = await timeLargeInputs(60);
  results.largeInputs = large;
  const stages = (r: (typeof large)[number]) => Object.entries(r.stages ?? {}).map(([k, v]) => `${k} ${(v / 1000).toFixed(2)}`).join(', ');
  const took = (r: (typeof large)[number]) => (r.seconds === null ? `over ${r.deadline} s (given up)` : `${r.seconds.toFixed(2)} s for ${r.mb.toFixed(1)} MB = ${(r.seconds / r.mb).toFixed(2)} s/MB (${stages(r)}; ${r.events} events)`);
  for (const r of large) {
    if (/alone/.test(r.name)) info(`extractEvents alone on a ${r.name.replace(/, extractEvents alone$/, '')}`, `${took(r)}; the ingest's clean takes the run out first`);
    else if (/token/.test(r.name)) budget(`extraction of a ${r.name} < 2 s`, r.seconds !== null && r.seconds < 2, took(r));
    else budget(`extraction of ${r.name} <= 3 s/MB (10 MB < 30 s, one core)`, r.seconds !== null && r.seconds / r.mb <= 3, took(r));
  }
}
const tables: string[] = [];
const rows: Array<[string, string, string]> = [];
const budget = (name: string, ok: boolean, detail: string) => rows.push([name, ok ? 'PASS' : 'FAIL', detail]);
const info = (name: string, detail: string) => rows.push([name, 'INFO', detail]);

/** The full build against Astro's floor for as many trivial pages (budget 3.5x), with its phases; ingest beside it for information. */
function fullBuildRows(n: number, pages: number, full: ReturnType<typeof build>, ingestSeconds: number, floorS: number, entry: Record<string, any>) {
  const ratio = full.seconds / floorS;
  entry.fullBuild = { seconds: full.seconds, ratioToFloor: ratio, phases: full.phases };
  budget(`full build of ${n} articles within 3.5x Astro's floor`, ratio <= 3.5, `${full.seconds.toFixed(1)} s vs ${floorS.toFixed(1)} s for ${pages} trivial pages (${ratio.toFixed(2)}x); search index ${full.searchSeconds?.toFixed(1)} s`);
  info(`ingest + full build of ${n} articles`, `${ingestSeconds.toFixed(1)} s + ${full.seconds.toFixed(1)} s = ${((ingestSeconds + full.seconds) / floorS).toFixed(2)}x the floor`);
  const tuned = floorBuild(pages, 8);
  entry.floorTunedSeconds = tuned;
  info(`Astro's floor with build.concurrency 8, as our build uses`, `${tuned.toFixed(1)} s: the full build is ${(full.seconds / tuned).toFixed(2)}x`);
  tables.push(phaseTable(`Full build of ${n} articles, phases (s):`, full.phases));
}

/**
 * The editor's loop (one new article: ingest and build) and the review loop (one event edited: build) on the
 * largest record, in rounds beside Astro's floor for 100 trivial pages (budget: 3x each), with their phases;
 * then the ingest of every source again, unchanged.
 */
function editorsLoopRows(n: number, dir: string, content: string, dist: string, entry: Record<string, any>) {
  log(`size ${n}: editor's loop and review loop, ${loops} rounds, each beside Astro's floor for 100 trivial pages`);
  const { add, review } = editorsLoops({ dir, content, dist, first: n + 1, rounds: loops, floor: () => floorBuild(100), log });
  const floor = add.median.floor;
  const ratio = (s: number) => s / floor;
  entry.editorsLoop = add;
  entry.reviewLoop = review;
  budget(`editor's loop: one new article into ${n}, ingest and build, within 3x Astro's floor for 100 trivial pages`, ratio(add.median.total) <= 3,
    `${add.median.total.toFixed(2)} s (${ratio(add.median.total).toFixed(2)} x) = ingest ${add.median.ingest.toFixed(2)} s + build ${add.median.build.toFixed(2)} s, ${add.median.rendered} pages rendered; floor ${floor.toFixed(2)} s (medians of ${loops} rounds)`);
  budget(`review loop: one event edited in one of ${n} entries, build, within 3x the same floor`, ratio(review.median.total) <= 3,
    `${review.median.total.toFixed(2)} s (${ratio(review.median.total).toFixed(2)} x), ${review.median.rendered} pages rendered`);
  tables.push(phaseTable(`Editor's loop at ${n} articles, phases of the build (s, medians of ${loops} rounds; ingest ${add.median.ingest.toFixed(2)} s before it):`, add.median.phases));
  tables.push(phaseTable(`Review loop at ${n} articles, phases of the build (s, medians of ${loops} rounds):`, review.median.phases));
  // Every source again, as `npm run ingest` with no paths does: nothing changed, so nothing is written.
  const again = timed([join(ROOT, 'src/ingest/cli.ts')], { CONTENT_DIR: content });
  const summary = /(\d+) inputs?: (\d+) written, (\d+) unchanged/.exec(again.out);
  entry.unchangedIngest = { seconds: again.seconds, summary: summary?.[0] };
  budget(`ingest of ${n} unchanged sources within 3 s, writing nothing`, again.seconds <= 3 && summary?.[2] === '0', `${again.seconds.toFixed(2)} s: ${summary?.[0] ?? again.out.split('\n').at(-2)}`);
}

// 1. Extraction, in process, one core: start-up (the first article loads the gazetteer and the parsers) and
// then the steady rate over 2,000 others, after 200 that warm the JIT, as a long ingest runs.
log('extraction: 2,000 synthetic articles through decode, clean, meta and extract, one core');
const texts = Array.from({ length: 2200 }, (_, i) => Buffer.from(article(i, 7).text));
const t0 = performance.now();
processArticle(texts[0]!, 'first.txt');
const startup = (performance.now() - t0) / 1000;
texts.slice(1, 200).forEach((b, i) => processArticle(b, `w${i}.txt`));
const t1 = performance.now();
texts.slice(200).forEach((b, i) => processArticle(b, `a${i}.txt`));
const perSecond = 2000 / ((performance.now() - t1) / 1000);
results.extraction = { articles: 2000, articlesPerSecond: perSecond, startupSeconds: startup };
budget('extraction >= 500 articles/s/core', perSecond >= 500, `${perSecond.toFixed(0)} articles/s (after ${startup.toFixed(2)} s to load the gazetteer and parsers, once per process)`);

await largeInputRows();

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const sizeResults: Record<number, Record<string, any>> = {};
for (const n of sizes) {
  const largest = n === Math.max(...sizes);
  const dir = join(work, `n${n}`);
  const inbox = join(dir, 'inbox');
  mkdirSync(inbox, { recursive: true });
  for (let i = 0; i < n; i++) {
    const a = article(i);
    writeFileSync(join(inbox, a.name), a.text);
  }
  const content = join(dir, 'content');
  const dist = join(dir, 'dist');
  log(`size ${n}: ingest, build, then Astro's floor for the same page count, twice`);
  const ing = ingest(content, [inbox]);
  const full = build(content, dist);
  const pages = readdirSync(dist, { recursive: true }).filter((f) => String(f).endsWith('index.html')).length;
  const events = JSON.parse(readFileSync(join(dist, 'data/events.json'), 'utf8')) as Array<{ id: string; date: string | null }>;
  // The faster of two floor builds: the lowest Astro itself goes on this machine right now.
  const floorS = Math.min(floorBuild(pages), floorBuild(pages));
  const total = ing.seconds + full.seconds;
  const entry: Record<string, any> = { articles: n, events: events.length, pages, ingestSeconds: ing.seconds, buildSeconds: full.seconds, searchSeconds: full.searchSeconds, floorSeconds: floorS, ratioToFloor: total / floorS };
  log(`size ${n}: ${events.length} events, ${pages} pages; ingest ${ing.seconds.toFixed(1)} s, build ${full.seconds.toFixed(1)} s (search index ${full.searchSeconds?.toFixed(1)} s), floor ${floorS.toFixed(1)} s`);

  if (largest) {
    fullBuildRows(n, pages, full, ing.seconds, floorS, entry);
    editorsLoopRows(n, dir, content, dist, entry);
    const month = (id: string) => /href="[^"]*\/timeline\/([^/"]+)\/#/.exec(readFileSync(join(dist, 'events', id, 'index.html'), 'utf8'))?.[1];
    const home = weight(dist, '');
    const ev = weight(dist, `events/${events[0]!.id}`);
    const art = weight(dist, `articles/${readdirSync(join(content, 'articles'))[0]!.replace(/\.md$/, '')}`);
    const mon = weight(dist, `timeline/${month(events[Math.floor(events.length / 2)]!.id)}`);
    entry.weights = { home, event: ev, article: art, month: mon };
    budget('home JS <= 16 KB gz (every script and module it loads)', home.js <= 16 * 1024, kb(home.js));
    budget('home CSS <= 8 KB gz (inlined)', home.css <= 8 * 1024, kb(home.css));
    budget(`home HTML <= 60 KB gz at ${events.length} events`, home.html <= 60 * 1024, kb(home.html));
    budget('event pages ship only the copy-link script (<= 1 KB gz), article pages no JS', ev.scripts <= 1 && ev.js <= 1024 && art.js === 0, `event ${kb(ev.js)} in ${ev.scripts} file(s), article ${kb(art.js)}`);
    info('page weights, gzipped HTML / CSS / JS', `home ${kb(home.html)} / ${kb(home.css)} / ${kb(home.js)}; event ${kb(ev.html)} / ${kb(ev.css)} / ${kb(ev.js)}; article ${kb(art.html)} / ${kb(art.css)} / ${kb(art.js)}; month ${kb(mon.html)} / ${kb(mon.css)} / ${kb(mon.js)}`);
  }

  // Landing on the anchor link the site hands out (the event page's "See it on the timeline"), against a
  // bare page holding only the target, TimelineJS3 with the same events, and our home page's old /#<id>.
  const target = events[Math.floor(events.length / 2)]!;
  const anchor = /href="([^"]+)"[^>]*>See it on the timeline/.exec(readFileSync(join(dist, 'events', target.id, 'index.html'), 'utf8'))![1]!;
  const floorDir = join(dir, 'floor-page');
  mkdirSync(floorDir, { recursive: true });
  writeFileSync(join(floorDir, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>floor</title></head><body><p id="${target.id}">target</p></body></html>`);
  const tl = join(dir, 'tl');
  mkdirSync(tl, { recursive: true });
  cpSync(join(ROOT, 'node_modules/@knight-lab/timelinejs/dist'), join(tl, 'tl'), { recursive: true });
  cpSync(join(dist, 'data/timelinejs.json'), join(tl, 'data.json'));
  writeFileSync(join(tl, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>TimelineJS</title><link rel="stylesheet" href="tl/css/timeline.css"></head><body><div id="timeline-embed" style="width:100%;height:600px"></div><script src="tl/js/timeline.js"></script><script>fetch('data.json').then(r=>r.json()).then(d=>{window.timeline=new TL.Timeline('timeline-embed',d,{hash_bookmark:true});});</script></body></html>`);
  // The builds above leave the disk writing back thousands of files; let it finish before timing a browser.
  spawnSync('sync');
  await new Promise((r) => setTimeout(r, 3000));
  const site = await serve(dist);
  const floorSite = await serve(floorDir);
  const tlSite = await serve(tl);
  const sel = `[id="${target.id}"]`;
  log(`size ${n}: landing on ${anchor}, ${runs} rounds against the bare page`);
  const land = await landings(browser, [
    { name: 'ours', url: new URL(anchor, site.url).toString(), selector: sel },
    { name: 'floor', url: floorSite.url, selector: sel },
    { name: 'home', url: `${site.url}#${target.id}`, selector: sel },
  ], runs);
  let tlj: Landing | null = null;
  if (n <= 1000) {
    try {
      tlj = (await landings(browser, [{ name: 'tl', url: `${tlSite.url}#event-${target.id}`, selector: `.tl-slide[id="${target.id}"] .tl-headline` }], 3)).tl!;
    } catch (e) {
      log(`TimelineJS3 at ${n}: ${(e as Error).message.split('\n')[0]}`);
    }
  }
  await Promise.all([site.close(), floorSite.close(), tlSite.close()]);
  const ours = land.ours!;
  const floor = land.floor!;
  entry.landing = { anchor, ours: ours.median, floor: floor.median, homeHash: land.home!.median, timelinejs: tlj?.median ?? null, cls: ours.cls, all: { ours: ours.all, floor: floor.all } };
  budget(`landing at ${events.length} events within 1.3x the floor`, ours.median <= 1.3 * floor.median, `${ours.median.toFixed(0)} ms vs floor ${floor.median.toFixed(0)} ms (${(ours.median / floor.median).toFixed(2)}x)${tlj ? `; TimelineJS3 ${tlj.median.toFixed(0)} ms` : ''}`);
  budget(`no layout shift after landing (${events.length} events)`, ours.cls < 0.01, `CLS ${ours.cls.toFixed(3)}`);
  info(`old link /#<id> on the home page (${events.length} events)`, `${land.home!.median.toFixed(0)} ms (${(land.home!.median / floor.median).toFixed(2)}x the floor)`);
  if (tlj && n >= 1000) budget(`>= 10x sooner than TimelineJS3 at ${events.length} events`, tlj.median / ours.median >= 10, `${(tlj.median / ours.median).toFixed(1)}x`);
  sizeResults[n] = entry;

  if (largest && !values['no-lighthouse']) {
    log('lighthouse: home page and an event page (mobile emulation, default throttling)');
    const lhSite = await serve(dist);
    const scores: Record<string, Record<string, number>> = {};
    for (const [name, path] of [['home', ''], ['event', `events/${target.id}/`]] as const) {
      const out = join(work, `lh-${name}.json`);
      // Asynchronous on purpose: the static server lives in this process and must keep answering.
      const r = await run(process.execPath, [join(ROOT, 'node_modules/lighthouse/cli/index.js'), `${lhSite.url}${path}`, '--quiet', '--output=json', `--output-path=${out}`, '--only-categories=performance,accessibility,best-practices,seo', `--chrome-flags=--headless=new --no-sandbox ${CHROMIUM_ARGS.join(' ')}`], { ...process.env, CHROME_PATH: chromiumPath() }, 240_000);
      if (!existsSync(out)) {
        log(`lighthouse ${name} failed: ${(r.stderr || '').split('\n').slice(-3).join(' | ')}`);
        budget(`lighthouse ${name}`, false, 'did not run');
        continue;
      }
      const cats = JSON.parse(readFileSync(out, 'utf8')).categories;
      scores[name] = Object.fromEntries(Object.entries(cats).map(([k, v]) => [k, Math.round(((v as { score: number }).score ?? 0) * 100)]));
      for (const [k, v] of Object.entries(scores[name]!)) budget(`lighthouse ${name} ${k} >= 98`, v >= 98, String(v));
    }
    await lhSite.close();
    results.lighthouse = scores;
  }
  rmSync(inbox, { recursive: true, force: true });
}
await browser.close();
results.sizes = sizeResults;
results.budgets = rows.map(([name, verdict, detail]) => ({ name, verdict, detail }));

console.log('\n| check | result | figure |\n|---|---|---|');
for (const [name, verdict, detail] of rows) console.log(`| ${name} | ${verdict} | ${detail} |`);
console.log('\n| articles | events | pages | ingest s | build s (search) | Astro floor s | (ingest+build)/floor | land ms | floor ms | home /#id ms | TimelineJS3 ms |\n|---|---|---|---|---|---|---|---|---|---|---|');
for (const [n, e] of Object.entries(sizeResults)) {
  console.log(`| ${n} | ${e.events} | ${e.pages} | ${e.ingestSeconds.toFixed(1)} | ${e.buildSeconds.toFixed(1)} (${e.searchSeconds?.toFixed(1) ?? '—'}) | ${e.floorSeconds.toFixed(1)} | ${e.ratioToFloor.toFixed(2)} | ${e.landing.ours.toFixed(0)} | ${e.landing.floor.toFixed(0)} | ${e.landing.homeHash.toFixed(0)} | ${e.landing.timelinejs == null ? '—' : e.landing.timelinejs.toFixed(0)} |`);
}
mkdirSync(join(ROOT, 'bench/out'), { recursive: true });
writeFileSync(join(ROOT, 'bench/out/results.json'), JSON.stringify(results, null, 1));
for (const t of tables) console.log(t);
console.log(`\nEvery figure: bench/out/results.json (work folder ${work})`);
