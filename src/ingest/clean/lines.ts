import type { Removal } from '../../schema/article.ts';
import type { Embedded } from './index.ts';

const CAPTION_TOGGLE = /^(?:hide|disguise|toggle|show|cover|conceal)\s+caption$/i;
const CREDIT = /(?:Getty\s+(?:Images|Photographs|Photos|Pictures)|\bAP\s+Photo\b|\/AFP\b|\bAFP\b|Reuters\/|\/Reuters\b|\/AP\b|via\s+Getty|Bloomberg\s+via|\bPhoto(?:graph)?\s*(?:by|:|credit)|\bImage\s*(?:by|:|credit)|\bCredit:)/i;
const PROMPT = /^(?:Share(?:\s+this(?:\s+(?:article|story))?)?|Share on \w+|Tweet|Email|Print|Comments?|Leave a (?:Reply|Comment)|Your email address will not be published\.?.*|Required fields are marked.*|Sign up for (?:our|the) [\w ]*newsletter.*|Subscribe(?: now| to [\w ]+)?\.?|Advertisement|ADVERTISEMENT|Click here to .*|Follow us on .*|Read (?:more|next)\s*:?.*|Listen to this article.*|\d+ min(?:ute)? read|Save|Copy link|Link copied)$/i;
const TEASER_HEAD = /^(?:You May Also Like|You might also like:?.*|Related(?: Coverage| Stories| Articles| Content| Reading)?:?|More (?:from|Stories|on)\b.*|Recommended(?: for you| Stories)?|Most (?:Popular|Read)|Trending(?: Now| Stories)?|Also Read:?|See also:?|Latest (?:News|Stories))$/i;
const SITE_MARKER = /^\{\s*([\w.-]+\.(?:com|org|net|news))\s*\}$/i;
const DATELINE_PREFIX = /^\s*date\s+(\d{4}-\d{2}-\d{2})\s+/i;
const DATE_LINE = /^(?:(?:Published|Posted|Updated|Last updated)\s*:?\s*)?(?:[A-Z][a-z]+day,?\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4})(?:\s*(?:at\s+)?\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?(?:\s*(?:Updated|Last updated)\s*:?\s*.*)?$/;
const BYLINE = /^By\s+([A-Z][\p{L}.'’-]+(?:\s+(?:[A-Z][\p{L}.'’-]+|van|de|der|von|da|del|la|and))*?)(?:\s*(?:[|,—–-]\s*(.+)|\s+and\s+.+))?$/u;

/** The cleaned text of a plain article, with each removal recorded and the hints it carries. */
export function cleanLines(text: string): { body: string; removed: Removal[]; embedded: Embedded } {
  const removed: Removal[] = [];
  const embedded: Embedded = {};
  const lines = text.split('\n').map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim());
  const keep: boolean[] = lines.map(() => true);
  const drop = (i: number, kind: string) => {
    if (!keep[i] || !lines[i]) return;
    keep[i] = false;
    removed.push({ kind, text: lines[i]! });
  };
  const bylines = new Set<string>();

  lines.forEach((line, i) => {
    if (!line) return;
    const dl = DATELINE_PREFIX.exec(line);
    if (dl && i < 5) {
      embedded.published ??= dl[1];
      removed.push({ kind: 'dateline', text: dl[0].trim() });
      lines[i] = line.slice(dl[0].length);
      return;
    }
    const site = SITE_MARKER.exec(line);
    if (site) {
      embedded.publisher ??= site[1];
      return drop(i, 'site marker');
    }
    const by = BYLINE.exec(line);
    if (by && line.length < 120 && i < 15) {
      embedded.byline ??= by[1]!.trim();
      if (by[2] && !/\d/.test(by[2])) embedded.publisher ??= by[2].replace(/\s*[|—–-].*$/, '').trim();
      bylines.add(by[1]!.trim());
      return drop(i, 'byline');
    }
    if (DATE_LINE.test(line) && line.length < 100) return drop(i, 'dateline');
    if (CAPTION_TOGGLE.test(line)) {
      drop(i, 'caption');
      // The caption text and its credit sit just above the toggle, and the credit often repeats below it.
      for (let j = i - 1; j >= Math.max(0, i - 4); j--) if (lines[j] && (CREDIT.test(lines[j]!) || CAPTION_TOGGLE.test(lines[j]!) || (j === i - 2 && CREDIT.test(lines[j + 1] ?? '')))) drop(j, 'caption');
      if (lines[i + 1] && CREDIT.test(lines[i + 1]!) && lines[i + 1]!.length < 120) drop(i + 1, 'caption');
      return;
    }
    if (CREDIT.test(line) && line.length < 160 && !/[.!?]["”]?$/.test(line.replace(/\b(?:Images|Photo|Photographs)\.$/, 'x'))) return drop(i, 'caption');
    if (/^(?:Photo|Image|Caption|Pictured)\s*:/.test(line) || (/^\(?(?:Photo|Image)\b/.test(line) && line.length < 160)) return drop(i, 'caption');
    if (/\((?:[A-Z][\w ]+ )?staff\)$|\((?:AP|Reuters|Getty)[^)]*\)$/.test(line) && /^Photo/i.test(line)) return drop(i, 'caption');
    if (PROMPT.test(line)) return drop(i, 'prompt');
    if (/^[\w .'’-]{3,60} contributed to this (?:report|story|article)\.?$/i.test(line)) return drop(i, 'credit');
  });

  // A byline's name repeated on its own lines, and the author's bio ("X is an award-winning journalist").
  lines.forEach((line, i) => {
    if (!keep[i] || !line) return;
    for (const name of bylines) {
      if (line === name) return drop(i, 'byline');
      if (line.startsWith(`${name} is `) || line.startsWith(`${name} has `) || line.startsWith(`${name} was `)) return drop(i, 'author bio');
    }
    if (/^[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){1,3} (?:is an? (?:[\w-]+ ){0,4}(?:journalist|reporter|writer|correspondent|editor|columnist|contributor)|is a reporter|covers )/u.test(line) && i > lines.length - 4) drop(i, 'author bio');
  });

  // Teasers of other stories run from their heading to the end, when the heading comes late in the text.
  const total = lines.reduce((n, l) => n + l.length, 0);
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    seen += lines[i]!.length;
    if (keep[i] && TEASER_HEAD.test(lines[i]!)) {
      if (seen > total * 0.5) {
        const block = lines.slice(i).filter((l, k) => l && keep[i + k]).join('\n');
        for (let j = i; j < lines.length; j++) keep[j] = false;
        removed.push({ kind: 'teasers', text: block });
        break;
      }
      drop(i, 'teasers');
      for (let j = i + 1; j < lines.length && lines[j] && lines[j]!.length < 120 && !/[.!?]["”]?$/.test(lines[j]!); j++) drop(j, 'teasers');
    }
  }

  const body = lines.filter((l, i) => keep[i] && l).join('\n\n');
  return { body, removed, embedded };
}
