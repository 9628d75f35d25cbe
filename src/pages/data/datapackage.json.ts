import type { APIRoute } from 'astro';
import { CSV_FIELDS } from '../../lib/downloads.ts';

/** A Frictionless Data Package describing events.csv. */
export const GET: APIRoute = () => {
  const pkg = {
    name: 'immigration-enforcement-redeployments',
    title: 'US immigration-enforcement personnel redeployments, 2020-2025',
    description: 'One row per real-world redeployment, clustered from news articles; see /about/ for the method.',
    licenses: [{ name: 'ODC-BY-1.0', path: 'https://opendatacommons.org/licenses/by/1-0/', title: 'Open Data Commons Attribution License 1.0' }],
    resources: [{
      name: 'events', path: 'events.csv', format: 'csv', mediatype: 'text/csv', encoding: 'utf-8',
      schema: { fields: CSV_FIELDS.map(([name, type, description]) => ({ name, type, description })), primaryKey: ['id'] },
    }],
  };
  return new Response(JSON.stringify(pkg, null, 1), { headers: { 'Content-Type': 'application/json' } });
};
