// Raw HTML inside text (a Markdown file, the sample of a page judged for its language), found in one pass.
// A regex such as /<script\b[\s\S]*?<\/script>/ scans to the end of the text for every opener that is
// never closed, so a file of many unclosed openers costs the square of its length; these helpers stop
// looking for a closer once one is known to be missing.

/** Elements whose content is code or data, never text. */
export const RAW_ELEMENTS = ['script', 'style', 'iframe', 'noscript', 'template'] as const;

/** Replaces every `<!-- ... -->`; an unclosed comment is left as it is. */
export function replaceComments(text: string, replace: (comment: string) => string): string {
  let out = '';
  let from = 0;
  for (let open = text.indexOf('<!--'); open >= 0; open = text.indexOf('<!--', from)) {
    const close = text.indexOf('-->', open + 4);
    if (close < 0) break;
    out += text.slice(from, open) + replace(text.slice(open, close + 3));
    from = close + 3;
  }
  return out + text.slice(from);
}

/**
 * Replaces every `<name ...> ... </name>` block of the given elements (case-insensitive), as
 * /<(name)\b[\s\S]*?<\/\1\s*>/gi would; an opener whose closer never comes is left as it is.
 */
export function replaceElements(text: string, names: readonly string[], replace: (block: string) => string): string {
  const opener = new RegExp(String.raw`<(${names.join('|')})\b`, 'gi');
  const closers = new Map(names.map((n) => [n, new RegExp(String.raw`<\/${n}\s*>`, 'gi')]));
  const unclosed = new Set<string>();
  let out = '';
  let from = 0;
  for (let m = opener.exec(text); m; m = opener.exec(text)) {
    const name = m[1]!.toLowerCase();
    if (unclosed.has(name)) continue;
    const closer = closers.get(name)!;
    closer.lastIndex = m.index + m[0].length;
    const end = closer.exec(text);
    if (!end) {
      // No closer after this opener means none after any later one either.
      unclosed.add(name);
      if (unclosed.size === names.length) break;
      continue;
    }
    out += text.slice(from, m.index) + replace(text.slice(m.index, end.index + end[0].length));
    from = opener.lastIndex = end.index + end[0].length;
  }
  return out + text.slice(from);
}

/** A tag, without `<` inside it: a stray `<` ends the search at the next one, not at the end of the text. */
export const TAG = /<[^<>]*>/g;
