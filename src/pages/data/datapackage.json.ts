import type { APIRoute } from 'astro';
import { descriptor } from '../../data/datapackage.ts';
import { lastUpdated } from '../../data/updated.ts';
import { jsonResponse } from '../../lib/json-response.ts';

/** The data package's descriptor: each CSV table, its fields, types and vocabularies, the version and the licence. */
export const GET: APIRoute = async () => {
  const { date } = await lastUpdated();
  return jsonResponse(descriptor(/^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00Z` : new Date().toISOString()));
};
