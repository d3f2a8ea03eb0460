/**
 * The timeline's takeaway as of a day (?asof=): the headline and standfirst
 * count the whole record (TimelineSection.astro, from the data), so in a view of the
 * record as it stood on a day they would speak of meetings still to come.
 * They give way to a heading for that day; what was not yet public is hidden
 * from the chart and counted in the as-of banner (asof.ts), never silently.
 */
import { formatDay } from '../calendar/calendar.ts';
import { asOfParam } from '../lib/asof.ts';

const day = asOfParam(location.search);
const head = document.querySelector<HTMLElement>('.tl-head');
if (day && head) {
  const headline = head.querySelector('h1');
  const standfirst = head.querySelector('.tl-standfirst');
  if (headline) headline.textContent = `The Kim–Xi contacts as the record stood on ${formatDay(day)}`;
  if (standfirst) standfirst.textContent = 'Each Kim–Xi meeting is drawn large, against the summits with Seoul and Washington. Only what was public that day is drawn; what came later is hidden and counted in the line above the chart.';
}
