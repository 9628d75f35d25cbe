export type SourceFormat = 'text' | 'markdown' | 'html';

/** html by extension or when the text opens like a page; markdown by extension; otherwise plain text. */
export function sniffFormat(text: string, fileName: string): SourceFormat {
  if (/\.(?:x?html?)$/i.test(fileName)) return 'html';
  // A leading comment or XML declaration may come before the doctype in saved pages.
  const head = text.slice(0, 1024).replace(/^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*/, '');
  if (/^(?:<!doctype\s+html|<html[\s>])/i.test(head)) return 'html';
  if (/\.(?:md|markdown|mdown|mkd)$/i.test(fileName)) return 'markdown';
  return 'text';
}
