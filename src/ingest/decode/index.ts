import chardet from 'chardet';
import iconv from 'iconv-lite';
import { detectLanguage } from './language.ts';

export type SourceFormat = 'text' | 'markdown' | 'html';
export type Decoded = { ok: true; text: string; encoding: string; format: SourceFormat } | { ok: false; reason: string };

/** Files larger than this are not articles (a saved page with inline images stays well under it). */
export const MAX_BYTES = 20 * 1024 * 1024;

// Magic numbers of files that are often saved by mistake: PDF, ZIP/Office, PNG, JPEG, GIF, gzip.
const BINARY_MAGIC: ReadonlyArray<readonly [string, number[]]> = [
  ['a PDF', [0x25, 0x50, 0x44, 0x46]], ['a ZIP or Office file', [0x50, 0x4b, 0x03, 0x04]], ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]], ['a GIF image', [0x47, 0x49, 0x46, 0x38]], ['a gzip archive', [0x1f, 0x8b]],
];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

/** Turns a raw file's bytes into text with normalized line endings, or says in one phrase why it cannot. */
export function decodeSource(bytes: Uint8Array, fileName: string): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  if (bytes.length > MAX_BYTES) return { ok: false, reason: `too large (${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${MAX_BYTES / 1048576} MB)` };
  for (const [what, sig] of BINARY_MAGIC) if (startsWith(bytes, sig)) return { ok: false, reason: `binary file (${what}), not an article` };

  let text: string;
  let encoding: string;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) [text, encoding] = [new TextDecoder('utf-8').decode(bytes.subarray(3)), 'utf-8 (BOM)'];
  else if (startsWith(bytes, [0xff, 0xfe])) [text, encoding] = [new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le'];
  else if (startsWith(bytes, [0xfe, 0xff])) [text, encoding] = [new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be'];
  else {
    const sample = bytes.subarray(0, 65536);
    const nuls = sample.reduce((n, b) => n + (b === 0 ? 1 : 0), 0);
    if (nuls > 0) return { ok: false, reason: `binary content (${nuls} NUL bytes in the first ${sample.length} bytes)` };
    try {
      [text, encoding] = [new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'utf-8'];
    } catch {
      // Not UTF-8: a legacy single-byte encoding, most often windows-1252 from older newsroom tools.
      const guess = chardet.detect(sample) ?? 'windows-1252';
      const label = /^(UTF-8|ASCII)$/i.test(guess) ? 'windows-1252' : guess;
      if (!iconv.encodingExists(label)) return { ok: false, reason: `not valid UTF-8 and its encoding (${guess}) cannot be decoded` };
      [text, encoding] = [iconv.decode(Buffer.from(bytes), label), label.toLowerCase()];
    }
  }
  text = text.replace(/\r\n?/g, '\n').replace(/\u0000/g, '');
  if (!text.trim()) return { ok: false, reason: 'only whitespace' };
  const controls = (text.slice(0, 65536).match(/[\u0001-\u0008\u000e-\u001f\u007f]/g) ?? []).length;
  if (controls > 0.05 * Math.min(text.length, 65536)) return { ok: false, reason: `binary content (${controls} control characters)` };
  text = text.replace(/[\u0001-\u0008\u000b\u000e-\u001f\u007f]/g, '');
  const format: SourceFormat = /\.html?$/i.test(fileName) || /^\s*(?:<!doctype html|<html[\s>])/i.test(text.slice(0, 512)) ? 'html' : /\.(md|markdown)$/i.test(fileName) ? 'markdown' : 'text';
  if (format !== 'html') {
    const language = detectLanguage(text);
    if (language) return { ok: false, reason: `written in ${language}, not English` };
  }
  return { ok: true, text, encoding, format };
}
