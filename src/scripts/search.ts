// Starts Pagefind's search UI over every shard of the index: the first bundle, with the others merged in.
// Bundles and result links follow the site's base path.
declare const PagefindUI: new (options: Record<string, unknown>) => unknown;
const el = document.getElementById('search');
const bundles = (el?.dataset.bundles ?? '').split(' ').filter(Boolean);
if (el && bundles.length && typeof PagefindUI !== 'undefined') {
  new PagefindUI({
    element: '#search',
    bundlePath: bundles[0],
    mergeIndex: bundles.slice(1).map((bundlePath) => ({ bundlePath })),
    baseUrl: el.dataset.base,
    showImages: false,
    resetStyles: false,
  });
}
