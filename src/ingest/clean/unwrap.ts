// Text saved from e-mail, wire feeds or print views is often hard-wrapped: every line broken near one
// width, sentences running across lines. Left alone, each line would become a paragraph and every
// sentence that crosses a line would be cut in two.

/** Lines at least this long count towards the wrap width. */
const MIN_LINE = 30;
/** Wider than this, lines are paragraphs, not a wrap. */
const MAX_WIDTH = 110;

/** Joins hard-wrapped lines back into paragraphs; text that is not hard-wrapped comes back unchanged. */
export function unwrapLines(text: string): string {
  const lines = text.split('\n');
  const lengths = lines.map((l) => l.trimEnd().length).filter((n) => n >= MIN_LINE).sort((a, b) => a - b);
  if (lengths.length < 6) return text;
  const width = lengths[Math.floor(lengths.length * 0.9)]!;
  if (width > MAX_WIDTH) return text;
  // A wrap breaks sentences: many full lines end with no closing punctuation and run on into the next.
  let runOn = 0;
  let full = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!.trimEnd();
    if (line.length < width * 0.7 || !lines[i + 1]!.trim()) continue;
    full++;
    if (!/[.!?:"”’)\]]$/.test(line)) runOn++;
  }
  if (full < 5 || runOn / full < 0.4) return text;
  const out: string[] = [];
  let para = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    para = para ? `${para} ${line}` : line;
    const next = lines[i + 1]?.trim() ?? '';
    // A paragraph ends at a blank line or at a line that stops well short of the wrap width.
    const continues = line && next && lines[i]!.trimEnd().length >= width * 0.7;
    if (!continues) {
      out.push(para);
      para = '';
    }
  }
  if (para) out.push(para);
  return out.join('\n');
}
