// Shared by the specs that use the overview chart: the period a date falls in, and a drag across its bars.
import type { Locator, Page } from '@playwright/test';

/** Whether an event's date lies in the From/To period (a year-only date only when the period covers the whole year). */
export const inPeriod = (date: string | null, from: string, to: string) =>
  !!date && (date.length >= 7 ? date.slice(0, 7) >= from && date.slice(0, 7) <= to : `${date}-01` >= from && `${date}-12` <= to);

/** Drags the mouse from the middle of bar `a` to the middle of bar `b`; returns the months the two bars link to. */
export async function dragAcrossBars(page: Page, a: Locator, b: Locator, steps = 10): Promise<{ from: string; to: string }> {
  const month = async (bar: Locator) => /\/timeline\/(\d{4}-\d{2})\/|#m-(\d{4}-\d{2})/.exec((await bar.getAttribute('href'))!)!.slice(1).find(Boolean)!;
  const [from, to] = [await month(a), await month(b)];
  const [boxA, boxB] = [(await a.boundingBox())!, (await b.boundingBox())!];
  const y = boxA.y + boxA.height / 2;
  await page.mouse.move(boxA.x + boxA.width / 2, y);
  await page.mouse.down();
  await page.mouse.move(boxB.x + boxB.width / 2, y, { steps });
  await page.mouse.up();
  return { from, to };
}
