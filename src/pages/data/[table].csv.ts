import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../data/site.ts';
import { getPlaces } from '../../data/places.ts';
import { TABLES, tableCsv } from '../../data/datapackage.ts';

/** One table of the data package as CSV (described in /data/datapackage.json). */
export const getStaticPaths = (() => TABLES.map((t) => ({ params: { table: t.name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const table = TABLES.find((t) => t.name === params['table']);
  if (!table) return new Response(null, { status: 404 });
  const { places } = await getPlaces();
  return new Response(tableCsv(table, await getSite(), places), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
