import type { APIRoute } from 'astro';
import { CSV_FIELDS } from '../../lib/downloads.ts';

/** A Frictionless Data Package describing events.csv and events.geojson. */
export const GET: APIRoute = () => {
  const pkg = {
    name: 'immigration-enforcement-redeployments',
    title: 'US immigration-enforcement personnel redeployments, 2020-2025',
    description: 'One row per real-world redeployment, clustered from news articles; see /about/ for the method.',
    licenses: [{ name: 'ODC-BY-1.0', path: 'https://opendatacommons.org/licenses/by/1-0/', title: 'Open Data Commons Attribution License 1.0' }],
    resources: [{
      name: 'events', path: 'events.csv', format: 'csv', mediatype: 'text/csv', encoding: 'utf-8',
      schema: { fields: CSV_FIELDS.map(([name, type, description]) => ({ name, type, description })), primaryKey: ['id'] },
    }, {
      name: 'events-geojson', path: 'events.geojson', format: 'geojson', mediatype: 'application/geo+json', encoding: 'utf-8',
      description: 'One GeoJSON Point per event and place with known coordinates (RFC 7946, longitude and latitude in WGS 84). Properties: id, date, date_precision, agencies, action, personnel, personnel_qualifier, place, place_kind (city, state or border: a state stands at its largest city, a border at an approximate centre), summary, url.',
    }],
  };
  return new Response(JSON.stringify(pkg, null, 1), { headers: { 'Content-Type': 'application/json' } });
};
