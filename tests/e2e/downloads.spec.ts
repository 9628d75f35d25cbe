import { test, expect } from '@playwright/test';

type Ev = { id: string; date: string | null };

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

  const ics = await (await request.get('/data/events.ics')).text();
  expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
  expect(ics.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
  const uids = [...ics.matchAll(/^UID:([^@]+)@/gm)].map((m) => m[1]).sort();
  expect(uids).toEqual(events.filter((e) => e.date).map((e) => e.id).sort());
  expect(ics.match(/BEGIN:VEVENT/g)!.length).toBe(ics.match(/END:VEVENT/g)!.length);

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
