import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonResponse } from '../../../lib/json-response.ts';
import { getSite } from '../../../data/site.ts';
import { buildDatePeriods } from '../../../data/search/date-index.ts';
import type { PeriodFile } from '../../../lib/search/date-periods.ts';

/** One period of the date index (/search/dates/2018.json or /search/dates/2018-06.json): what a date query in it answers from. */
export const getStaticPaths = (async () => {
  const { files } = buildDatePeriods(await getSite());
  return [...files].map(([period, file]) => ({ params: { period }, props: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: PeriodFile }> = ({ props }) => jsonResponse(props.file, false);
