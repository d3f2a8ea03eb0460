import { formatDay } from '../calendar/calendar.ts';
import { ASOF_DATA, laterSourceNote, laterSourcesLine } from '../lib/asof.ts';
import { facetCountsAsOf, type FacetEvent } from '../lib/chronology.ts';

/**
 * The parts of the as-of view (asof.ts) that go beyond hiding and marking
 * events: the chronology's counts, an event's later sources, and the date
 * control that sets another day.
 */

/** The chronology's filter counts: only what was public by the day (facetCountsAsOf), every filter's, from the page's data. */
export function countFacets(day: string): void {
  const data = document.getElementById('chrono-facets')?.textContent;
  if (!data) return;
  const counts = facetCountsAsOf(day, JSON.parse(data) as FacetEvent[]);
  for (const link of document.querySelectorAll<HTMLElement>('[data-facet]')) {
    const count = link.querySelector('[data-facet-count]');
    if (count) count.textContent = String(counts[link.dataset['facet'] ?? ''] ?? 0);
  }
}

/** An event's sources published after the day: each says so, and one line over the list counts them. */
export function markLaterSources(day: string): void {
  const sources = [...document.querySelectorAll<HTMLElement>(`[${ASOF_DATA.source}]`)];
  const later = sources.filter((li) => (li.getAttribute(ASOF_DATA.source) ?? '') > day);
  for (const li of later) {
    li.classList.add('asof-source-later');
    const span = document.createElement('span');
    span.className = 'asof-note';
    span.textContent = ` (${laterSourceNote(day, formatDay)})`;
    li.append(span);
  }
  const line = laterSourcesLine(later.length, sources.length, day, formatDay);
  const list = sources[0]?.parentElement;
  if (line && list) {
    const p = document.createElement('p');
    p.className = 'asof-note asof-sources-line';
    p.textContent = line;
    list.before(p);
  }
}

/**
 * The date control shows the day; where the page has none of its own (the
 * chronology has), the banner gets one: a GET form to this page that keeps
 * the address's other parameters.
 */
export function dateControl(day: string, box: HTMLElement | null): void {
  const own = document.querySelector<HTMLFormElement>('[data-asof-form]');
  if (own) {
    const input = own.querySelector<HTMLInputElement>('input[name="asof"]');
    if (input) input.value = day;
    return;
  }
  if (!box) return;
  const form = document.createElement('form');
  form.className = 'asof-form';
  form.method = 'get';
  form.action = location.pathname;
  form.setAttribute('data-asof-form', '');
  // The address's other parameters (a timeline's range, a search), read when the form is sent, as the page may change them after load.
  const keep = () => {
    for (const old of form.querySelectorAll('input[type="hidden"]')) old.remove();
    for (const [name, value] of new URLSearchParams(location.search)) {
      if (name === 'asof') continue;
      const hidden = document.createElement('input');
      hidden.type = 'hidden';
      hidden.name = name;
      hidden.value = value;
      form.prepend(hidden);
    }
  };
  form.addEventListener('submit', keep);
  const label = document.createElement('label');
  label.htmlFor = 'asof-banner-day';
  label.textContent = 'Another day';
  const input = document.createElement('input');
  input.type = 'date';
  input.id = 'asof-banner-day';
  input.name = 'asof';
  input.required = true;
  input.value = day;
  const first = document.body.getAttribute(ASOF_DATA.first);
  const last = document.body.getAttribute(ASOF_DATA.last);
  if (first) input.min = first;
  if (last) input.max = last;
  const button = document.createElement('button');
  button.type = 'submit';
  button.textContent = 'Show';
  form.append(label, ' ', input, ' ', button);
  box.append(form);
}
