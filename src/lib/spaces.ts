// What JavaScript's \s matches, tested on a character code: for one-pass scans that replace a regular
// expression and must agree with it exactly.

export function isSpace(c: number): boolean {
  if (c < 0xa0) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The text from its last run of non-space characters on (trailing spaces included); of text[from, to) when given. */
export function lastWord(text: string, from = 0, to = text.length): string {
  let end = to;
  while (end > from && isSpace(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > from && !isSpace(text.charCodeAt(start - 1))) start--;
  return text.slice(start, to);
}
