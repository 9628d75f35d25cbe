// Link and anchor checker for a built site: every internal href/src must name a file in the build, and
// every #fragment must name an element id on the target page.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function fileFor(root: string, path: string): string | null {
  const p = join(root, decodeURIComponent(path));
  if (existsSync(p) && statSync(p).isFile()) return p;
  if (existsSync(join(p, 'index.html'))) return join(p, 'index.html');
  return null;
}

function ids(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&')));
}

/** Broken internal links in a build served under `base`, as "page -> target: reason" lines. */
export function checkLinks(root: string, base: string): string[] {
  const pages = readdirSync(root, { recursive: true, withFileTypes: true }).filter((d) => d.isFile() && d.name.endsWith('.html')).map((d) => join(d.parentPath, d.name));
  const cache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!cache.has(file)) cache.set(file, ids(readFileSync(file, 'utf8')));
    return cache.get(file)!;
  };
  const broken: string[] = [];
  for (const page of pages) {
    const html = readFileSync(page, 'utf8');
    const here = `/${page.slice(root.length).replace(/^\//, '').replace(/index\.html$/, '')}`;
    for (const m of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
      const raw = m[1]!.replace(/&amp;/g, '&');
      if (/^(?:https?:|mailto:|data:)/.test(raw)) continue;
      const url = new URL(raw, `http://site${base.replace(/\/$/, '')}${here}`);
      if (!url.pathname.startsWith(base)) {
        broken.push(`${here} -> ${raw}: outside the base path ${base}`);
        continue;
      }
      const target = fileFor(root, url.pathname.slice(base.length));
      if (!target) {
        broken.push(`${here} -> ${raw}: no such file`);
        continue;
      }
      const frag = decodeURIComponent(url.hash.slice(1));
      if (frag && target.endsWith('.html') && !idsOf(target).has(frag)) broken.push(`${here} -> ${raw}: no element with id "${frag}"`);
    }
  }
  return broken;
}
