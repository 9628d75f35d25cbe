import chardet from 'chardet';
import iconv from 'iconv-lite';
import { startsWith } from './binary.ts';

export type Text = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

// Byte order marks, longest first: UTF-32 LE opens with the UTF-16 LE mark.
const BOMS: ReadonlyArray<readonly [string, number[]]> = [
  ['utf-32le', [0xff, 0xfe, 0x00, 0x00]],
  ['utf-32be', [0x00, 0x00, 0xfe, 0xff]],
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
];

/** UTF-16 without a mark: English text puts a NUL in nearly every other byte, on one side only. */
function utf16Without(sample: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (sample.length < 16) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) i % 2 ? odd++ : even++;
  const half = sample.length / 2;
  if (odd > 0.6 * half && even < 0.05 * half) return 'utf-16le';
  if (even > 0.6 * half && odd < 0.05 * half) return 'utf-16be';
  return null;
}

function decodeWith(bytes: Uint8Array, encoding: string): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
}

/**
 * The bytes as text: by their byte order mark, else as UTF-8 when they are valid UTF-8, else in the
 * legacy encoding chardet finds (ISO-8859-1 is read as windows-1252, its superset, as browsers do).
 */
export function decodeText(bytes: Uint8Array): Text {
  for (const [encoding, bom] of BOMS) if (startsWith(bytes, bom)) return { ok: true, text: decodeWith(bytes.subarray(bom.length), encoding), encoding: `${encoding} (BOM)` };
  const sample = bytes.subarray(0, 65536);
  const wide = utf16Without(sample.subarray(0, 4096));
  if (wide) return { ok: true, text: decodeWith(bytes, wide), encoding: wide };
  const nuls = sample.indexOf(0) < 0 ? 0 : sample.reduce((n, b) => n + (b === 0 ? 1 : 0), 0);
  if (nuls > 0) return { ok: false, reason: `binary content (${nuls} NUL byte${nuls === 1 ? '' : 's'} in the first ${sample.length} bytes)` };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: a legacy encoding, most often windows-1252 from older newsroom tools.
  }
  const guess = chardet.detect(sample) ?? 'windows-1252';
  const label = /^(?:UTF-8|ASCII|ISO-8859-1)$/i.test(guess) ? 'windows-1252' : guess;
  if (/^UTF-(?:16|32)/i.test(label) || !iconv.encodingExists(label)) return { ok: false, reason: `undecodable: not valid UTF-8, and its encoding (${guess}) cannot be read` };
  return { ok: true, text: decodeWith(bytes, label), encoding: label.toLowerCase() };
}
