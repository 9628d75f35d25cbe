import { binaryKind } from './binary.ts';
import { decodeText } from './encoding.ts';
import { sniffFormat, type SourceFormat } from './format.ts';
import { detectLanguage } from './language.ts';
import { RAW_ELEMENTS, TAG, replaceComments, replaceElements } from '../clean/raw-html.ts';

export type { SourceFormat } from './format.ts';
export type Decoded = { ok: true; text: string; encoding: string; format: SourceFormat } | { ok: false; reason: string };

/** Files larger than this are not articles (a saved page with inline images stays well under it). */
export const MAX_BYTES = 20 * 1024 * 1024;

/** Share of control characters above which text is taken for binary data. */
const MAX_CONTROL_SHARE = 0.05;

/** The readable words of a saved page, enough to judge its language: no scripts, styles or tags. */
function pageSample(html: string): string {
  const start = Math.max(0, html.search(/<body[\s>]/i));
  const sample = html.slice(start, start + 200_000);
  return replaceComments(replaceElements(sample, [...RAW_ELEMENTS, 'svg'], () => ' '), () => ' ')
    .replace(TAG, ' ')
    .replace(/&[#\w]+;/g, ' ');
}

/** Turns a raw file's bytes into text with normalized line endings, or says in one phrase why it cannot. */
export function decodeSource(bytes: Uint8Array, fileName: string): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  if (bytes.length > MAX_BYTES) return { ok: false, reason: `too large (${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${MAX_BYTES / 1048576} MB)` };
  const kind = binaryKind(bytes);
  if (kind) return { ok: false, reason: `binary file (${kind}), not an article` };
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  // One newline convention; Unicode line and paragraph separators and form feeds count as line breaks.
  let text = decoded.text.replace(/\r\n?|[\u2028\u2029\f]/g, '\n');
  if (!text.trim()) return { ok: false, reason: 'only whitespace' };
  // Most texts hold no control character at all: one test, and nothing to count or take out.
  if (/[\u0000-\u0008\u000b\u000e-\u001f\u007f\ufeff]/.test(text)) {
    const head = text.slice(0, 65536);
    const controls = (head.match(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g) ?? []).length;
    if (controls > MAX_CONTROL_SHARE * head.length) return { ok: false, reason: `binary content (${controls} control characters in the first ${head.length})` };
    // A few stray control characters and byte order marks inside the text are noise: they go.
    text = text.replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f\ufeff]/g, '');
    if (!text.trim()) return { ok: false, reason: 'only whitespace' };
  }
  const format = sniffFormat(text, fileName);
  const language = detectLanguage(format === 'html' ? pageSample(text) : text);
  if (language) return { ok: false, reason: `written in ${language}, not English` };
  return { ok: true, text, encoding: decoded.encoding, format };
}
