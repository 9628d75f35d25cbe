// Starts Pagefind's search UI; the bundle and result links follow the site's base path.
declare const PagefindUI: new (options: Record<string, unknown>) => unknown;
const el = document.getElementById('search');
if (el && typeof PagefindUI !== 'undefined') {
  new PagefindUI({ element: '#search', bundlePath: el.dataset.bundle, baseUrl: el.dataset.base, showImages: false, resetStyles: false });
}
