// Generated and adversarial text for the fuzz tests: words of news copy, city and agency names, numbers
// by the thousand, dates, quotes and brackets, Markdown and HTML marks, long tokens (an inlined image),
// long lines, deep nesting, and bytes in mixed encodings. Written for these tests; no shared text.
import fc from 'fast-check';
import { SCALE } from './settings.ts';

/** No generated input is longer than this (a 1 MB article at scale 1, 8 MB at scale 8). */
const MAX_CHARS = 1_000_000 * SCALE;
const capped = (s: string) => (s.length > MAX_CHARS ? s.slice(0, MAX_CHARS) : s);

const WORDS = ['the', 'a', 'agents', 'officers', 'troops', 'were', 'was', 'sent', 'deployed', 'reassigned', 'to', 'from', 'in', 'on', 'and', 'officials', 'said', 'city', 'border', 'more', 'than', 'about', 'up', 'by', 'federal', 'Guard', 'members', 'Tuesday', 'last', 'month', 'week', 'President', 'Trump', 'Biden', 'administration', 'not', 'would', 'plan', 'another', 'the city', 'Operation', 'Midway', 'Blitz'];
const CITIES = ['Chicago', 'Portland, Oregon', 'Portland, Ore.', 'Newark, N.J.', 'St. Louis', 'Ft. Worth', 'Washington, D.C.', 'New York', 'El Paso, Texas', 'Los Angeles', 'Memphis, Tennessee', 'Charlotte, NC', 'San Juan, P.R.', 'Springfield'];
const AGENCIES = ['ICE', 'Immigration and Customs Enforcement', 'Border Patrol', 'CBP', 'U.S. Customs and Border Protection', 'U.S. Marshals', 'DEA', 'ATF', 'FBI', 'HSI', 'BORTAC', 'National Guard', 'Bureau of Prisons', 'IRS', 'Coast Guard', 'Marines'];
const DATES = ['March 5, 2025', '5 March 2025', '2024-11-14', '2024-11-14T09:00:00Z', '03/06/2020', 'last month', 'on Tuesday', 'in June', 'Sept. 3', 'Feb. 30, 2021', 'in 2099', 'since 1970', 'this week', 'Published: March 6, 2020', 'Updated 5:02 PM EST'];
const MARKS = ['"', '“', '”', '‘', '’', "'", '(', ')', '[', ']', '{', '}', '*', '**', '_', '__', '`', '```', '#', '##', '<', '>', '&', ';', ':', '—', '–', '-', '...', '…', '!', '?', '.', ',', '\\', '|', '/', '=', '+', '~', '^'];
const MARKUP = ['<p>', '</p>', '<div>', '</div>', '<b>', '<script>', '</script>', '<style>', '</style>', '<!--', '-->', '<img src=x onerror=alert(1)>', '<a href="javascript:x">', '</a>', '<br>', '<nav>', '</nav>', '<svg>', '&amp;', '&#x41;', '&nbsp;', '&bogus;', '![a](', '](', '[^1]', '[1]: http://x', '---', '===', '> ', '- ', '1. ', '<http://x>', 'data:image/png;base64,'];

const pick = (xs: string[]) => fc.constantFrom(...xs);
const number = fc.oneof(
  fc.integer({ min: 0, max: 100_000 }).map(String),
  fc.integer({ min: 1000, max: 10_000_000 }).map((n) => n.toLocaleString('en-US')),
  pick(['hundreds', 'dozens', 'about 1,000', 'up to 2,000', 'at least 75', 'some 300', 'nearly 4,000', '1.5 million', 'one', 'twelve']),
);
/** A run without a space, as base64, a hash or a pasted blob: the kind that makes a regex backtrack. */
export const longToken = fc.tuple(pick(['A', 'a', 'Ab', '1', '+/', 'aB3', 'Chicago', 'iVBORw0KGgoAAAA']), fc.integer({ min: 50, max: 3000 * SCALE })).map(([unit, n]) => unit.repeat(Math.ceil(n / unit.length)));
const token = fc.oneof(
  { arbitrary: pick(WORDS), weight: 30 },
  { arbitrary: pick(CITIES), weight: 6 },
  { arbitrary: pick(AGENCIES), weight: 6 },
  { arbitrary: number, weight: 6 },
  { arbitrary: pick(DATES), weight: 4 },
  { arbitrary: pick(MARKS), weight: 6 },
  { arbitrary: pick(MARKUP), weight: 3 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }), weight: 3 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 4 }), weight: 1 },
  { arbitrary: longToken, weight: 1 },
);
const separator = fc.oneof({ arbitrary: fc.constant(' '), weight: 20 }, { arbitrary: pick(['. ', ', ', '\n', '\n\n', '\t', '  ', '\r\n', '\r', '\u00a0', '\u2028', '\f', '']), weight: 4 });

/** Free text: tokens and separators, up to a few thousand tokens (times the scale). */
export const text = fc.array(fc.tuple(token, separator), { maxLength: 400 * SCALE }).map((parts) => parts.map(([t, s]) => t + s).join(''));

/** A report sentence, made of the parts the extractor looks for, in an order that may or may not make sense. */
const sentence = fc
  .tuple(pick(AGENCIES), pick(['sent', 'deployed', 'is sending', 'reassigned', 'will deploy', 'did not send', 'surged']), number, pick(['agents', 'officers', 'troops', 'personnel', 'members']), pick(CITIES), pick(DATES))
  .map(([a, v, n, p, c, d]) => `${a} ${v} ${n} ${p} to ${c} ${d}, officials said.`);

/** Prose with report sentences among other text: many of them, repeated, in long lines or many paragraphs. */
export const prose = fc
  .array(fc.oneof({ arbitrary: sentence, weight: 3 }, { arbitrary: text, weight: 1 }), { minLength: 1, maxLength: 60 * SCALE })
  .chain((parts) => fc.tuple(fc.constant(parts), pick([' ', '\n\n', '\n']), fc.integer({ min: 1, max: 20 })))
  .map(([parts, sep, repeat]) => capped(Array.from({ length: repeat }, () => parts.join(sep)).join('\n\n')));

/** A Markdown file: front matter or not, headings, emphasis, links and images, raw HTML, all possibly unclosed. */
export const markdown = fc
  .tuple(fc.option(fc.tuple(pick(['---', '---js', '+++']), text), { nil: undefined }), fc.array(fc.oneof(prose, text, pick(MARKUP), fc.constantFrom('# ', '## ', '**', '_', '![', '[')), { maxLength: 20 * SCALE }))
  .map(([front, blocks]) => capped(`${front ? `${front[0]}\ntitle: ${front[1].slice(0, 40)}\n---\n` : ''}${blocks.join('\n\n')}`));

/** An HTML page: head with meta tags or not, body with paragraphs, nesting up to hundreds of levels (times the scale), open or closed. */
export const html = fc
  .tuple(
    fc.option(text.map((t) => t.slice(0, 200)), { nil: undefined }),
    fc.array(fc.oneof(prose.map((p) => `<p>${p}</p>`), text, pick(MARKUP)), { maxLength: 30 * SCALE }),
    fc.integer({ min: 0, max: 300 * SCALE }),
    fc.boolean(),
    pick(['div', 'span', 'b', 'section', 'li', 'p', 'table']),
  )
  .map(([title, body, depth, closed, tag]) => {
    const inner = capped(body.join('\n'));
    const nested = `<${tag}>`.repeat(depth) + inner + (closed ? `</${tag}>`.repeat(depth) : '');
    return `<!doctype html><html><head>${title !== undefined ? `<title>${title}</title><meta property="og:title" content="${title.replace(/"/g, '&quot;')}">` : ''}</head><body>${nested}</body></html>`;
  });

/** Bytes as an editor's files hold them: UTF-8, windows-1252, UTF-16 with or without a mark, broken sequences, or noise. */
export const bytes = fc.oneof(
  fc.tuple(fc.oneof(text, prose, markdown, html), pick(['utf8', 'latin1', 'utf16le', 'utf16le-bom', 'utf16be-bom', 'utf8-bom', 'utf8-broken'])).map(([t, enc]) => {
    const b = (s: string, e: BufferEncoding) => Buffer.from(s, e);
    switch (enc) {
      case 'utf16le-bom':
        return Buffer.concat([Buffer.from([0xff, 0xfe]), b(t, 'utf16le')]);
      case 'utf16be-bom':
        return Buffer.concat([Buffer.from([0xfe, 0xff]), b(t, 'utf16le').swap16()]);
      case 'utf8-bom':
        return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b(t, 'utf8')]);
      case 'utf8-broken': {
        const u = b(t, 'utf8');
        return Buffer.concat([u.subarray(0, u.length >> 1), Buffer.from([0xc3, 0x28, 0xe2, 0x82]), u.subarray(u.length >> 1)]);
      }
      default:
        return b(t, enc as BufferEncoding);
    }
  }),
  fc.uint8Array({ maxLength: 4000 * SCALE }).map((u) => Buffer.from(u)),
);
