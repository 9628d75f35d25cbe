/** A site-internal path under the configured base (BASE_PATH), always with a trailing slash for pages. */
export function href(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}/${path.replace(/^\//, '')}`;
}
