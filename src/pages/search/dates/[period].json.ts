import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonResponse } from '../../../lib/json-response.ts';
import { getSite } from '../../../data/site.ts';
import { buildDatePeriods } from '../../../data/search/date-index.ts';
import { encodePeriod } from '../../../lib/search/date-wire.ts';
import type { PeriodFile } from '../../../lib/search/date-periods.ts';

/** One period's facts (/search/dates/2018.json or /search/dates/2018-06.json, packed by src/lib/search/date-wire.ts): what a date query in it chooses, orders and counts its results by. */
export const getStaticPaths = (async () => {
  const { files } = buildDatePeriods(await getSite());
  return [...files].map(([period, file]) => ({ params: { period }, props: { period, file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ period: string; file: PeriodFile }> = ({ props }) => jsonResponse(encodePeriod(props.period, props.file).facts, false);
