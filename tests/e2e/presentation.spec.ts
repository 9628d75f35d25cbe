import { test, expect } from '@playwright/test';

test('dark mode follows prefers-color-scheme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const light = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(light).not.toBe(dark);
  expect(dark).toBe('rgb(20, 20, 24)');
});

test('the print stylesheet hides navigation and filters and keeps every event', async ({ page, request }) => {
  const events: unknown[] = await (await request.get('/data/events.json')).json();
  await page.goto('/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header nav')).toBeHidden();
  await expect(page.locator('.filters')).toBeHidden();
  await expect(page.locator('li.event')).toHaveCount(events.length);
});

test('on a phone-sized screen nothing overflows sideways', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  for (const path of ['/', '/map/', '/data/']) {
    await page.goto(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth + 1), path).toBe(true);
  }
  await context.close();
});

test('the map draws a circle per destination, each linking to its place page', async ({ page, request }) => {
  const events: Array<{ places: string[] }> = await (await request.get('/data/events.json')).json();
  const places = new Set(events.flatMap((e) => e.places));
  await page.goto('/map/');
  const links = page.locator('svg.map a');
  expect(await links.count()).toBe(places.size);
  const href = await links.first().getAttribute('href');
  await page.goto(href!);
  await expect(page.locator('ol.events li').first()).toBeVisible();
});

test('agency and place pages list and link their events', async ({ page, request }) => {
  const events: Array<{ id: string; agencies: string[]; places: string[] }> = await (await request.get('/data/events.json')).json();
  const e = events.find((x) => x.places.length)!;
  await page.goto(`/agencies/${e.agencies[0]!.toLowerCase()}/`);
  await expect(page.locator(`a[href$="/events/${e.id}/"]`)).toHaveCount(1);
  await page.goto('/places/');
  await page.locator('main a', { hasText: e.places[0]! }).first().click();
  await expect(page.locator(`a[href$="/events/${e.id}/"]`)).toHaveCount(1);
});

test('the overview chart\'s labels are at least 12 px high on a 360 px phone and at 1280 px, inside the chart and apart', async ({ browser }) => {
  for (const width of [360, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    await page.goto('/');
    const chart = (await page.locator('svg.overview').boundingBox())!;
    // The size a reader sees: the font size times whatever scale the SVG is drawn at, and the box it takes.
    const labels = await page.locator('svg.overview text').evaluateAll((ts) => ts.map((t) => {
      const ctm = (t as SVGTextElement).getScreenCTM()!;
      const box = t.getBoundingClientRect();
      return { text: t.textContent, font: parseFloat(getComputedStyle(t).fontSize) * Math.hypot(ctm.a, ctm.b), left: box.left, right: box.right, top: box.top, bottom: box.bottom, height: box.height };
    }));
    console.log(`overview labels at ${width} px: ${labels.map((l) => `${l.text} font ${l.font.toFixed(1)} px, box ${l.height.toFixed(1)} px`).join('; ')}`);
    expect(labels.length, `${width} px`).toBeGreaterThanOrEqual(6);
    for (const l of labels) {
      expect(l.font, `${width} px: "${l.text}"`).toBeGreaterThanOrEqual(12);
      expect(l.height, `${width} px: "${l.text}"`).toBeGreaterThanOrEqual(12);
      expect(l.left >= chart.x - 0.5 && l.right <= chart.x + chart.width + 0.5, `${width} px: "${l.text}" inside the chart`).toBe(true);
    }
    for (const [i, a] of labels.entries()) {
      for (const b of labels.slice(i + 1)) {
        const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
        expect(apart, `${width} px: "${a.text}" and "${b.text}" overlap`).toBe(true);
      }
    }
    await context.close();
  }
});
