import { geoAlbersUsa, geoPath, geoTransform } from 'd3';
import { feature, mesh } from 'topojson-client';
import { createRequire } from 'node:module';
import { lookupPlace } from '../data/gazetteer.ts';
import { memo } from '../build/build-cache.ts';

// US states from the us-atlas package (U.S. Census Bureau cartographic boundaries, 1:10m), loaded only to draw
// them (the drawing is kept between builds).
const require = createRequire(import.meta.url);

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 600;
const projection = geoAlbersUsa().scale(1280).translate([MAP_WIDTH / 2, MAP_HEIGHT / 2]);

/** The state outlines as one SVG path, with points closer than `minGap` pixels dropped to keep it small. */
export function statesPath(minGap = 1.2): string {
  let last: [number, number] | null = null;
  const thin = geoTransform({
    point(this: { stream: { point(x: number, y: number): void } }, lon: number, lat: number) {
      const p = projection([lon, lat]);
      if (!p) return;
      if (last && Math.hypot(p[0] - last[0], p[1] - last[1]) < minGap) return;
      last = p as [number, number];
      this.stream.point(Math.round(p[0]), Math.round(p[1]));
    },
    lineStart(this: { stream: { lineStart(): void } }) {
      last = null;
      this.stream.lineStart();
    },
  } as never);
  const us = require('us-atlas/states-10m.json');
  const nation = feature(us, us.objects.nation);
  const borders = mesh(us, us.objects.states, (a: unknown, b: unknown) => a !== b);
  const path = geoPath(thin);
  return `${path(nation as never) ?? ''}${path(borders as never) ?? ''}`;
}

/**
 * Where a place sits on the map, in map pixels; null when it cannot be placed. Kept between builds: loading
 * the gazetteer takes 0.3 s, and a rebuild draws the maps of a few new places at most.
 */
export const placePoint: (name: string) => [number, number] | null = memo('place-points', (name) => {
  const place = lookupPlace(name);
  if (!place.coordinates) return null;
  const p = projection(place.coordinates);
  return p ? [Math.round(p[0]), Math.round(p[1])] : null;
});
