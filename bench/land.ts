// Time from navigation start to the target element on screen, measured inside Chromium.
import type { Browser } from '@playwright/test';

/** Median milliseconds from navigation start until `selector` is in the viewport with a size, plus layout shift after. */
export async function landing(browser: Browser, url: string, selector: string, runs = 5): Promise<{ median: number; all: number[]; cls: number }> {
  const all: number[] = [];
  let cls = 0;
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript((sel: string) => {
      const w = window as unknown as { __landed?: number; __cls?: number };
      w.__cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) if (w.__landed !== undefined && !e.hadRecentInput) w.__cls! += e.value;
      }).observe({ type: 'layout-shift', buffered: false });
      const check = () => {
        const el = document.querySelector(sel);
        if (el) {
          const r = el.getBoundingClientRect();
          if (r.width > 0 && r.height > 0 && r.top < innerHeight && r.bottom > 0 && r.left < innerWidth && r.right > 0) {
            w.__landed = performance.now();
            return;
          }
        }
        requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    }, selector);
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => (window as unknown as { __landed?: number }).__landed !== undefined, null, { timeout: 60_000 });
    await page.waitForTimeout(300);
    const r = await page.evaluate(() => ({ t: (window as unknown as { __landed: number }).__landed, cls: (window as unknown as { __cls: number }).__cls }));
    all.push(r.t);
    cls = Math.max(cls, r.cls);
    await context.close();
  }
  const sorted = [...all].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)]!, all, cls };
}
