// Placeholder: the decode stage (encoding detection, format sniffing, rejections) is filled in by the input work.
export type SourceFormat = 'text' | 'markdown' | 'html';
export type Decoded = { ok: true; text: string; encoding: string; format: SourceFormat } | { ok: false; reason: string };

/** Turns a raw file's bytes into text, or says in one phrase why it cannot. */
export function decodeSource(bytes: Uint8Array, fileName: string): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  const text = new TextDecoder('utf-8').decode(bytes).replace(/\r\n?/g, '\n');
  if (!text.trim()) return { ok: false, reason: 'only whitespace' };
  const format: SourceFormat = /\.html?$/i.test(fileName) ? 'html' : /\.(md|markdown)$/i.test(fileName) ? 'markdown' : 'text';
  return { ok: true, text, encoding: 'utf-8', format };
}
