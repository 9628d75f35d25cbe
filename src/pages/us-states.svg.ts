import type { APIRoute } from 'astro';
import { MAP_HEIGHT, MAP_WIDTH, statesPath } from '../lib/geo.ts';
import { memo } from '../build/build-cache.ts';

// Drawn once and kept: the outlines change only with the code (which starts every cache over).
const outlines = memo('maps', () => statesPath());

/** The base map every map on the site draws over: one cached file instead of outlines in every page. */
export const GET: APIRoute = () => {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}"><path d="${outlines('us-states')}" fill="#e6e6ec" stroke="#8a8a99" stroke-width="1" stroke-linejoin="round"/></svg>`;
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
