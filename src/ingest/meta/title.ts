/** A headline: the first short line that reads like one, else the first sentence, shortened at a word. */
export function titleOf(raw: string, body: string): string | null {
  const first = raw.split('\n').map((l) => l.trim()).find(Boolean) ?? '';
  if (first.length >= 12 && first.length <= 160 && !/[.!?]["”]?$/.test(first) && !/^(?:By\s|date\s)/i.test(first) && /[a-z]/.test(first)) {
    return first.replace(/^#+\s*/, '');
  }
  const sentence = (body.match(/^.*?[.!?](?=\s|$)/) ?? [body])[0]!.trim();
  if (!sentence) return null;
  if (sentence.length <= 120) return sentence.replace(/[.]$/, '');
  return `${sentence.slice(0, 117).replace(/\s+\S*$/, '')}…`;
}
