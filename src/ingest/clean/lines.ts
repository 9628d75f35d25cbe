import type { Removal } from '../../schema/article.ts';
import type { Embedded } from './index.ts';
import { isDateLine } from './date-line.ts';
import { BIO, BYLINE, CAPTION_TOGGLE, CONTRIBUTOR, COPYRIGHT, CREDIT, DATELINE_PREFIX, PROMPT, SITE_MARKER, TEASER_HEAD, TEASER_LINE } from './patterns.ts';
import { teaserBlockEnd } from './teasers.ts';

/** Bylines, datelines and bios are looked for in this many first lines. */
const HEADER_LINES = 15;
/** Author bios are also looked for in this many last lines. */
const FOOTER_LINES = 5;
/** A teaser heading after this share of the text starts the end matter: full blurbs go too. */
const LATE = 0.5;
/** A caption and its credit sit within this many lines above a caption toggle. */
const CAPTION_REACH = 12;
/** Printable ASCII longer than this without a space is data (an inlined image, a hash, a blob), never words. */
const MAX_TOKEN = 256;

/** The line without its runs of data, each recorded by its start and length: the source keeps them whole. */
function withoutData(line: string, removed: Removal[]): string {
  if (line.length <= MAX_TOKEN) return line;
  let out = '';
  let from = 0;
  let run = 0;
  for (let i = 0; i <= line.length; i++) {
    const c = i < line.length ? line.charCodeAt(i) : 0;
    if (c > 0x20 && c < 0x7f) {
      run++;
      continue;
    }
    if (run > MAX_TOKEN) {
      const start = i - run;
      removed.push({ kind: 'data', text: `${line.slice(start, start + 60)}… (${run.toLocaleString('en-US')} characters without a space)` });
      out += line.slice(from, start);
      from = i;
    }
    run = 0;
  }
  return from ? (out + line.slice(from)).replace(/ {2,}/g, ' ').trim() : line;
}

/** A desk or outlet line under a byline: a few capitalized words, no digits, no sentence. */
const AFFILIATION = /^(?:The\s+)?\p{Lu}[\p{L}’'&.-]*(?:\s+(?:of|the|and|&|\p{Lu}[\p{L}’'&.-]*)){0,3}$/u;
/** Words that follow "By" in a sentence rather than in a byline. */
const NOT_A_NAME = /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December|Then|Now|Law|Contrast|Comparison|Early|Late|Midnight|Noon|Dawn|Nightfall|Year|Summer|Winter|Spring|Fall|Autumn|Its|His|Her|Their|The|This|That|These|Those|Some|Most|One|Two|Design|Order|Executive|Federal|State|Court|Sending|Moving|Using|Deploying)\b/;
const endsLikeSentence = (line: string) => /[.!?]["”’)]*$/.test(line);

/** A photo credit line, or a caption ending in a credit: "Jane Doe/AFP via Getty Images", "... (AP Photo/Evan Vucci)". */
function isCredit(line: string): boolean {
  if (line.length > 300) return false;
  // The cheap tests on the line's end first: most lines are sentences of the story, and CREDIT is long.
  if (!endsLikeSentence(line)) return (line.length < 160 || /\)$/.test(line)) && CREDIT.test(line);
  // A caption sentence closed by its credit in brackets, or a short credit that ends "Getty Images."
  const bracket = /\(([^()]*)\)\.?$/.exec(line);
  return ((bracket !== null && CREDIT.test(bracket[1]!)) || (line.length < 100 && /(?:Images|Photo|Photos|Photographs)\.$/.test(line))) && CREDIT.test(line);
}

/** The cleaned text of a plain article, with each removal recorded and the hints it carries. */
export function cleanLines(text: string): { body: string; removed: Removal[]; embedded: Embedded } {
  const removed: Removal[] = [];
  const embedded: Embedded = {};
  // Runs of spaces and tabs become one space; a lone space, by far the most common, is left as it is.
  const lines = text.replace(/[\t\u00a0\u200b][ \t\u00a0\u200b]*| [ \t\u00a0\u200b]+/g, ' ').split('\n').map((l) => withoutData(l.trim(), removed));
  const keep: boolean[] = lines.map(() => true);
  const drop = (i: number, kind: string) => {
    if (!keep[i] || !lines[i]) return;
    keep[i] = false;
    removed.push({ kind, text: lines[i]! });
  };
  const nonEmpty = lines.flatMap((l, i) => (l ? [i] : []));
  // Where each line stands among the non-empty ones, looked up rather than searched for.
  const rank = new Map(nonEmpty.map((line, n) => [line, n]));
  const header = new Set(nonEmpty.slice(0, HEADER_LINES));
  const footer = new Set(nonEmpty.slice(-FOOTER_LINES));
  const bylines = new Set<string>();

  lines.forEach((line, i) => {
    if (!line) return;
    const dl = DATELINE_PREFIX.exec(line);
    if (dl && rank.get(i)! < 3) {
      embedded.published ??= dl[1];
      removed.push({ kind: 'dateline', text: dl[0].trim() });
      lines[i] = line = line.slice(dl[0].length);
      if (!line) return;
    }
    const site = SITE_MARKER.exec(line);
    if (site) {
      embedded.publisher ??= site[1]!.replace(/^www\./i, '');
      return drop(i, 'site marker');
    }
    const by = header.has(i) && line.length < 160 ? BYLINE.exec(line) : null;
    // "By Friday, more than 300 officers had arrived" is the story: a byline names people, and what follows them is short.
    if (by && !NOT_A_NAME.test(by[1]!) && !(by[2] && (by[2].length > 60 || (endsLikeSentence(by[2]) && /\s\p{Ll}+\s/u.test(by[2]))))) {
      // Bylines set in capitals are names all the same: "JUAN A. LOZANO" is Juan A. Lozano.
      const names = by[1]!.trim().replace(/\p{Lu}[\p{Lu}'’.-]+/gu, (w) => (w === w.toUpperCase() && w.length > 2 && !/\./.test(w.slice(0, -1)) ? w[0] + w.slice(1).toLowerCase() : w));
      embedded.byline ??= names;
      const rest = by[2]?.trim();
      if (rest && !/\d/.test(rest) && !/^(?:and|&)\b/i.test(rest) && rest.length < 60) embedded.publisher ??= rest.replace(/\s*[|—–•·].*$/, '').trim();
      for (const name of names.split(/\s+(?:and|&)\s+|,\s*/)) bylines.add(name.trim());
      bylines.add(names);
      drop(i, 'byline');
      // The outlet or desk on the next line: "Associated Press", "The Texas Tribune".
      const next = nonEmpty[rank.get(i)! + 1];
      if (next !== undefined && !bylines.has(lines[next]!) && AFFILIATION.test(lines[next]!)) {
        embedded.publisher ??= lines[next];
        drop(next, 'byline');
      }
      return;
    }
    if (/^[_\-*=~#•·.\s]{3,}$/.test(line)) return drop(i, 'rule');
    if (line.length < 160 && isDateLine(line)) return drop(i, 'dateline');
    if (CAPTION_TOGGLE.test(line)) {
      drop(i, 'caption');
      // The caption and its credit sit just above the toggle; the credit is often repeated below it.
      // Only so far up: a page of nothing but toggles is not read back to its top from every one of them.
      let j = i - 1;
      while (j >= 0 && j > i - CAPTION_REACH && (!lines[j] || CAPTION_TOGGLE.test(lines[j]!) || isCredit(lines[j]!))) drop(j--, 'caption');
      const credited = j + 1 < i && lines.slice(j + 1, i).some((l) => l && isCredit(l));
      if (j >= 0 && credited && lines[j]!.length < 400) drop(j, 'caption');
      let k = i + 1;
      while (k < lines.length && !lines[k]) k++;
      // "Enlarge this image" comes before the photo: its caption and credit follow it.
      if (/^(?:enlarge|expand)/i.test(line) && lines[k] && lines[k]!.length < 400 && !isCredit(lines[k]!)) {
        let c = k + 1;
        while (c < lines.length && !lines[c]) c++;
        if (lines[c] && isCredit(lines[c]!)) drop(k, 'caption');
      }
      for (; k < lines.length && (!lines[k] || !keep[k] || isCredit(lines[k]!)); k++) drop(k, 'caption');
      return;
    }
    if (isCredit(line)) return drop(i, 'caption');
    if (/^(?:Photo|Image|Picture|Caption|Pictured|Above|Top|Main image)\s*:\s*\S/i.test(line) && line.length < 300) return drop(i, 'caption');
    if (line.length < 220 && PROMPT.test(line)) return drop(i, 'prompt');
    if (TEASER_LINE.test(line) && !endsLikeSentence(line)) return drop(i, 'teasers');
    // The pattern holds one of these words: most lines are turned away without running it.
    if ((line.includes('contributed') || line.includes('eporting by')) && CONTRIBUTOR.test(line)) return drop(i, 'credit');
    if (COPYRIGHT.test(line)) return drop(i, 'copyright');
  });

  // A byline's name repeated on its own lines, and the author's bio ("X is an award-winning journalist").
  // Each name's pattern is made once, not once per line it is tried on.
  const withTitle = new Map<string, RegExp>();
  const titled = (name: string) => {
    let re = withTitle.get(name);
    if (!re) withTitle.set(name, (re = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')},? (?:Staff|Senior|Contributing|Reporter|Correspondent|Writer|Editor)\\b[\\w ]{0,40}$`)));
    return re;
  };
  lines.forEach((line, i) => {
    if (!keep[i] || !line || !(header.has(i) || footer.has(i))) return;
    for (const name of bylines) {
      if (line === name || titled(name).test(line)) return drop(i, 'byline');
      if (line.length < 600 && (line.startsWith(`${name} is `) || line.startsWith(`${name} has `) || line.startsWith(`${name} was `) || line.startsWith(`${name} covers `))) return drop(i, 'author bio');
    }
    if (line.length < 600 && BIO.test(line)) drop(i, 'author bio');
  });

  // Teasers of other stories: from their heading to the end of the block.
  const total = lines.reduce((n, l) => n + l.length, 0);
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    seen += lines[i]!.length;
    if (!keep[i] || !TEASER_HEAD.test(lines[i]!)) continue;
    const end = teaserBlockEnd(lines, i, seen > total * LATE);
    const block = lines.slice(i, end).filter((l, k) => l && keep[i + k]);
    for (let j = i; j < end; j++) keep[j] = false;
    removed.push({ kind: 'teasers', text: block.join('\n') });
    i = end - 1;
  }

  const body = lines.filter((l, i) => keep[i] && l).join('\n\n');
  return { body, removed, embedded };
}
