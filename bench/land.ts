// Time from navigation start to the target element on screen, measured inside Chromium.
import type { Browser } from '@playwright/test';

export interface Target { name: string; url: string; selector: string }
export interface Landing { median: number; all: number[]; cls: number }

/** One fresh visit: milliseconds from navigation start until `selector` is in the viewport with a size, and the layout shift after. */
async function visit(browser: Browser, { url, selector }: Target): Promise<{ ms: number; cls: number }> {
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
  // Long enough for anything that would move the page after landing (a late script, a late style) to show.
  await page.waitForTimeout(300);
  const r = await page.evaluate(() => ({ ms: (window as unknown as { __landed: number }).__landed, cls: (window as unknown as { __cls: number }).__cls }));
  await context.close();
  return r;
}

/**
 * Landing times for several targets, visited in turn round after round (A B C A B C ...), so a machine that
 * speeds up or slows down during the run weighs on every target alike. Medians, every run, and the worst
 * layout shift after landing.
 */
export async function landings(browser: Browser, targets: Target[], runs: number): Promise<Record<string, Landing>> {
  const seen: Record<string, { all: number[]; cls: number }> = Object.fromEntries(targets.map((t) => [t.name, { all: [], cls: 0 }]));
  for (let i = 0; i < runs; i++) {
    for (const t of targets) {
      const r = await visit(browser, t);
      seen[t.name]!.all.push(r.ms);
      seen[t.name]!.cls = Math.max(seen[t.name]!.cls, r.cls);
    }
  }
  return Object.fromEntries(Object.entries(seen).map(([name, s]) => [name, { median: [...s.all].sort((a, b) => a - b)[Math.floor(s.all.length / 2)]!, all: s.all, cls: s.cls }]));
}
