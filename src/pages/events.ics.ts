import type { APIRoute } from 'astro';
import { getSite } from '../data/site.ts';
import { absolute, paths, SITE } from '../lib/urls.ts';
import { formatDay, formatRange } from '../calendar/calendar.ts';
import { calendar } from '../lib/ical.ts';
import { yearsSpanned } from '../lib/record-end.ts';
import { KINDS, LANES } from '../schemas/vocabulary.ts';

/**
 * Every event as an all-day VEVENT, for calendar apps. DTSTAMP is the latest
 * source date rather than the build time, so the file only changes when the
 * content does.
 */
export const GET: APIRoute = async () => {
  const { events } = await getSite();
  // UIDs need a domain to be unique worldwide: the public host, or, with no public
  // address, the site's name under the reserved .invalid domain (never a made-up real host).
  const host = SITE ? new URL(SITE).hostname : 'lips-and-teeth.invalid';
  const latest = events.flatMap((e) => e.sources.map((s) => s.date)).sort().at(-1) ?? '2019-01-01';
  const body = calendar(
    `Lips and Teeth: China and North Korea, ${yearsSpanned(events)}`,
    `${latest.replaceAll('-', '')}T000000Z`,
    events.map((e) => ({
      uid: `${e.id}@${host}`,
      start: e.start,
      end: e.end,
      summary: e.title,
      description: [
        e.summary,
        e.precision !== 'day' ? `Date known only to the ${e.precision}: ${formatRange(e.start, e.end, e.precision)}.` : '',
        e.disclosed && e.disclosed !== e.start ? `Made public ${formatDay(e.disclosed)}.` : '',
        e.afterPieces ? 'This happened after both pieces were written.' : '',
        SITE ? absolute(paths.event(e.id)) : '',
      ].filter(Boolean).join('\n\n'),
      location: e.place,
      ...(SITE ? { url: absolute(paths.event(e.id)) } : {}),
      categories: [LANES[e.lane], KINDS[e.kind]],
    })),
  );
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
