import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonResponse } from '../../../../lib/json-response.ts';
import { getSite } from '../../../../data/site.ts';
import { buildDatePeriods } from '../../../../data/search/date-index.ts';
import { encodePeriod } from '../../../../lib/search/date-wire.ts';
import type { PeriodFile } from '../../../../lib/search/date-periods.ts';

/** One period's text (/search/dates/text/2018-06.json, src/lib/search/date-wire.ts): what its results show, fetched for the results on screen. */
export const getStaticPaths = (async () => {
  const { files } = buildDatePeriods(await getSite());
  return [...files].map(([period, file]) => ({ params: { period }, props: { period, file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ period: string; file: PeriodFile }> = ({ props }) => jsonResponse(encodePeriod(props.period, props.file).text, false);
