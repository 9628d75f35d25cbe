import { test, expect } from '@playwright/test';
import ICAL from 'ical.js';
import { check } from '@placemarkio/check-geojson';
import type { FeatureCollection, Point } from 'geojson';
import { lookupPlace } from '../../src/data/gazetteer.ts';

type Ev = { id: string; date: string | null; date_precision: string | null; summary: string; places: string[]; agencies: string[]; action: string; personnel: number | null };

test('every download parses and lists every event', async ({ page, request }) => {
  const events: Ev[] = await (await request.get('/data/events.json')).json();
  const ids = events.map((e) => e.id).sort();

  const csv = await (await request.get('/data/events.csv')).text();
  await page.goto('/');
  const rows: string[][] = await page.evaluate((text) => {
    // RFC 4180 parsing in the browser: quoted fields, doubled quotes, newlines inside quotes.
    const out: string[][] = [];
    let row: string[] = [], cell = '', quoted = false;
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (quoted) {
        if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
      } else if (c === '"') quoted = true;
      else if (c === ',') { row.push(cell); cell = ''; }
      else if (c === '\n') { row.push(cell); out.push(row); row = []; cell = ''; }
      else if (c !== '\r') cell += c;
    }
    if (cell || row.length) { row.push(cell); out.push(row); }
    return out;
  }, csv);
  expect(rows[0]![0]).toBe('id');
  expect(rows.slice(1).map((r) => r[0]).sort()).toEqual(ids);
  expect(rows.every((r) => r.length === rows[0]!.length)).toBe(true);

  const pkg = await (await request.get('/data/datapackage.json')).json();
  expect(pkg.resources[0].path).toBe('events.csv');
  expect(pkg.resources[0].schema.fields.map((f: { name: string }) => f.name)).toEqual(rows[0]);

  const tl = await (await request.get('/data/timelinejs.json')).json();
  expect(tl.events.map((e: { unique_id: string }) => e.unique_id).sort()).toEqual(events.filter((e) => e.date).map((e) => e.id).sort());

  // The calendar read back by a parser (ical.js, Mozilla's): every dated event, its summary unchanged.
  const ics = await (await request.get('/data/events.ics')).text();
  expect(ics.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
  const vevents = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  const dated = events.filter((e) => e.date);
  expect(vevents.map((v) => v.uid.replace(/@.*$/, '')).sort()).toEqual(dated.map((e) => e.id).sort());
  for (const e of dated) {
    const v = vevents.find((x) => x.uid.startsWith(`${e.id}@`))!;
    expect(v.summary, e.id).toBe(e.summary);
    expect(v.startDate.isDate, e.id).toBe(true);
    expect(v.startDate.toString().slice(0, e.date!.length), e.id).toBe(e.date);
    expect(v.location ?? '', e.id).toBe(e.places.join('; '));
  }

  // The GeoJSON checked by a validator (check-geojson), with every event at every place the gazetteer knows.
  const geojsonRes = await request.get('/data/events.geojson');
  const geo = check(await geojsonRes.text()) as FeatureCollection<Point, { id: string; place: string; date: string | null; summary: string; url: string; agencies: string[]; action: string; personnel: number | null }>;
  expect(geo.type).toBe('FeatureCollection');
  const placed = events.flatMap((e) => e.places.filter((p) => lookupPlace(p).coordinates).map((p) => `${e.id} @ ${p}`));
  expect(placed.length).toBeGreaterThan(0);
  expect(geo.features.map((f) => `${f.properties.id} @ ${f.properties.place}`).sort()).toEqual(placed.sort());
  for (const f of geo.features) {
    const e = events.find((x) => x.id === f.properties.id)!;
    expect(f.geometry.coordinates, f.properties.place).toEqual(lookupPlace(f.properties.place).coordinates);
    expect([f.properties.date, f.properties.summary, f.properties.agencies, f.properties.action, f.properties.personnel]).toEqual([e.date, e.summary, e.agencies, e.action, e.personnel]);
    expect(new URL(f.properties.url).pathname).toBe(`/events/${e.id}/`);
  }
  expect(pkg.resources.map((r: { path: string }) => r.path)).toContain('events.geojson');
  await page.goto('/data/');
  await expect(page.locator('a[href$="/data/events.geojson"]')).toHaveCount(1);

  for (const [path, tag] of [['/feed.xml', 'entry'], ['/sitemap.xml', 'url']] as const) {
    const xml = await (await request.get(path)).text();
    const found = await page.evaluate(([x, t]) => {
      const doc = new DOMParser().parseFromString(x!, 'application/xml');
      if (doc.querySelector('parsererror')) return null;
      return [...doc.getElementsByTagName(t!)].map((el) => (el.querySelector('id, loc')?.textContent ?? ''));
    }, [xml, tag]);
    expect(found, `${path} is well-formed XML`).not.toBeNull();
    for (const id of ids) expect(found!.some((u) => u.includes(`/events/${id}/`)), `${path} lists ${id}`).toBe(true);
  }
});

test('CSV cells that start like a formula are neutralised', async ({ request }) => {
  const csv = await (await request.get('/data/events.csv')).text();
  for (const line of csv.split('\n').slice(1)) for (const cell of line.split(',')) expect(cell.replace(/^"/, '')).not.toMatch(/^[=+@]/);
});
