import { formatDay, formatRange } from '../calendar/calendar.ts';
import { CHART_PART_EVENT } from '../lib/asof-contract.ts';
import { hidePiecesAfter, hideStoryAfter } from './asof-chart.ts';
import { ASOF_DATA, ASOF_EVENT, ASOF_LATER, asOfParam, asOfStates, hiddenLine, publicCountLine, readAsOf, stateNote, stripLine, withAsOf, type AsOfEvent, type AsOfState } from '../lib/asof.ts';
import { countFacets, dateControl, markLaterSources } from './asof-controls.ts';
import { facetCountsAsOf, type FacetEvent } from '../lib/chronology.ts';

/**
 * `?asof=YYYY-MM-DD`: the page as the record stood on that day. Every element
 * standing for an event carries its dates (asOfAttrs in src/lib/asof.ts); the
 * split into public, announced, under way and later is the pure filter's.
 * Later events are hidden and counted in one line at the top of the page;
 * events under way but not yet public say so; the timeline's marks follow
 * their list entries (by data-id) and the chart is told to recount. The
 * chronology's filters count only what was public by the day; an event's
 * sources published after it say so. Links to the site's pages carry the day
 * on, a date control sets another, and one link leaves the view. Without the
 * parameter this script does nothing.
 */

/** Classes set on events' elements (styles in src/styles/asof.css). */
const STATE_CLASS: Record<AsOfState, string> = { public: '', announced: 'asof-announced', underway: 'asof-underway', later: ASOF_LATER };

function note(state: AsOfState, e: AsOfEvent): string {
  return stateNote(state, e, formatDay, (start, end) => formatRange(start, end));
}

function apply(day: string): void {
  // The dots of an event page's strip are counted on the strip itself (stripAsOf), not in the page's line.
  const elements = [...document.querySelectorAll<HTMLElement>(`[${ASOF_DATA.start}]`)].filter((el) => !el.closest('.tl-strip'));
  const dates = new Map<string, AsOfEvent>();
  for (const el of elements) {
    const e = readAsOf(el);
    if (e) dates.set(e.id, e);
  }
  const states = asOfStates(day, [...dates.values()]);
  const self = document.querySelector<HTMLElement>(`[${ASOF_DATA.self}]`);
  const selfId = self ? readAsOf(self)?.id : undefined;

  for (const el of elements) {
    const e = readAsOf(el);
    const state = e && states.get(e.id);
    if (!e || !state || el === self) continue;
    if (STATE_CLASS[state]) el.classList.add(STATE_CLASS[state]);
    const text = note(state, e);
    if (text) {
      const span = document.createElement('span');
      span.className = 'asof-note';
      span.textContent = ` (${text})`;
      el.append(span);
    }
  }

  chartsAsOf(document, day, states, dates);
  // A chart layout fetched later (the phone's, src/timeline/enhance/part.ts) follows the same day.
  document.addEventListener(CHART_PART_EVENT, (event) => {
    if (event.target instanceof Element) chartsAsOf(event.target, day, states, dates);
  });
  hideEmptySections();
  stripAsOf(day, selfId ? states.get(selfId) : undefined);
  for (const chart of document.querySelectorAll('timeline-chart')) chart.dispatchEvent(new CustomEvent(ASOF_EVENT));

  const later = [...states].filter(([id, s]) => s === 'later' && id !== selfId).length;
  const box = banner(day, later, selfId ? states.get(selfId) : undefined, selfId ? dates.get(selfId) : undefined);
  const underway = [...states].filter(([id, s]) => s === 'underway' && id !== selfId).map(([id]) => id);
  if (box && underway.length) box.append(underwayList(underway, dates));
  countFacets(day);
  listCounts(day, states, selfId);
  markLaterSources(day);
  dateControl(day, box);
  carryOn(day);
}

/**
 * The timeline's marks follow their entries, and the story and the pieces
 * drawn after the day go, in every chart under `root` (the page at first, a
 * chart layout when it arrives).
 */
function chartsAsOf(root: ParentNode, day: string, states: ReadonlyMap<string, AsOfState>, dates: ReadonlyMap<string, AsOfEvent>): void {
  for (const mark of root.querySelectorAll<SVGAElement>('svg .tl-mark[data-id]')) {
    const id = mark.getAttribute('data-id') ?? '';
    const state = states.get(id);
    const e = dates.get(id);
    if (!state || !e || !STATE_CLASS[state]) continue;
    mark.classList.add(STATE_CLASS[state]);
    const text = note(state, e);
    if (text) {
      mark.setAttribute('data-meta', `${text} · ${mark.getAttribute('data-meta') ?? ''}`);
      mark.setAttribute('aria-label', `${mark.getAttribute('aria-label') ?? mark.querySelector('title')?.textContent ?? ''}, ${text}`);
    }
  }
  hideStoryAfter(root, states);
  hidePiecesAfter(root, day);
}

/**
 * The strip of dots on an event's page (src/timeline/draw/EventStrip.astro):
 * later dots go, dots under way but not yet public are drawn hollow, the
 * page's own mark follows its event, and the caption counts what changed.
 */
function stripAsOf(day: string, selfState: AsOfState | undefined): void {
  for (const strip of document.querySelectorAll<HTMLElement>('.tl-strip')) {
    const dots = [...strip.querySelectorAll<SVGElement>(`[${ASOF_DATA.start}]`)];
    const dated = dots.map((el) => readAsOf(el)).filter((e): e is AsOfEvent => e !== null);
    const states = asOfStates(day, dated);
    let later = 0;
    let underway = 0;
    for (const el of dots) {
      const state = states.get(el.getAttribute(ASOF_DATA.id) ?? '');
      if (!state || !STATE_CLASS[state]) continue;
      el.classList.add(STATE_CLASS[state]);
      if (state === 'later') later++;
      if (state === 'underway') underway++;
    }
    const own = strip.querySelector('.tl-mark');
    if (own && selfState && selfState !== 'public') own.classList.add(selfState === 'later' ? 'asof-own-later' : STATE_CLASS[selfState]);
    const line = strip.querySelector('[data-strip-asof]');
    if (line) line.textContent = ` as the record stood on ${formatDay(day)}${later || underway ? ` (${stripLine(later, underway)})` : ''}`;
  }
}

/**
 * A list's "N events" (the chronology's intro) becomes the count public by the
 * day; on a pair's or kind's page, out of all events public by then (the
 * chronology's facet data). The later ones are counted in the banner.
 */
function listCounts(day: string, states: ReadonlyMap<string, AsOfState>, selfId: string | undefined): void {
  let here = 0;
  let underway = 0;
  for (const [id, state] of states) {
    if (id === selfId) continue;
    if (state === 'public' || state === 'announced') here++;
    if (state === 'underway') underway++;
  }
  const data = document.getElementById('chrono-facets')?.textContent;
  const all = data ? facetCountsAsOf(day, JSON.parse(data) as FacetEvent[])['all'] ?? 0 : undefined;
  for (const el of document.querySelectorAll<HTMLElement>('[data-asof-count]')) {
    el.textContent = publicCountLine(here, underway, formatDay(day), el.dataset['asofCount'] === 'of' ? all : undefined);
  }
}

/** A year of the chronology left with no event goes, with the links to it. */
function hideEmptySections(): void {
  for (const section of document.querySelectorAll<HTMLElement>('section[aria-labelledby]:has(> ol.chrono)')) {
    const entries = section.querySelectorAll(`[${ASOF_DATA.start}]`);
    if (entries.length === 0 || [...entries].some((el) => !el.classList.contains(ASOF_LATER))) continue;
    section.classList.add(ASOF_LATER);
    const id = section.getAttribute('aria-labelledby') ?? '';
    for (const a of document.querySelectorAll(`a[href="#${CSS.escape(id)}"]`)) (a.closest('li') ?? a).classList.add(ASOF_LATER);
  }
}

/** One line at the top of the page: the day, what is hidden, and the way out. */
function banner(day: string, later: number, selfState: AsOfState | undefined, self: AsOfEvent | undefined): HTMLElement | null {
  const main = document.querySelector('main');
  if (!main) return null;
  const box = document.createElement('div');
  box.className = 'asof-banner';
  box.setAttribute('role', 'status');
  const lead = document.createElement('strong');
  lead.textContent = `The record as it stood on ${formatDay(day)}.`;
  box.append(lead);
  const parts: string[] = [];
  if (later > 0) parts.push(`${hiddenLine(later)}.`);
  if (self && selfState === 'later') parts.push(`On that day this event had not yet begun, nor been announced.`);
  if (self && selfState === 'underway') parts.push(`On that day this event was under way but not yet public; it was made public on ${formatDay(self.disclosed ?? self.start)}.`);
  if (self && selfState === 'announced') parts.push(`On that day this event had been ${stateNote('announced', self, formatDay, (start, end) => formatRange(start, end))}.`);
  if (parts.length) box.append(` ${parts.join(' ')} `);
  const leave = document.createElement('a');
  leave.className = 'asof-leave';
  leave.href = withAsOf(location.pathname + location.search + location.hash, null);
  leave.textContent = 'Show the whole record';
  // Pages that keep their own state in the address (search, the timeline) change it after load.
  leave.addEventListener('click', () => (leave.href = withAsOf(location.pathname + location.search + location.hash, null)));
  box.append(' ', leave);
  const heading = main.querySelector('h1');
  if (heading) heading.after(box);
  else main.prepend(box);
  return box;
}

/** "Under way, not yet public: <title> (made public on …)", titles read from the entries' own links. */
function underwayList(ids: readonly string[], dates: ReadonlyMap<string, AsOfEvent>): HTMLElement {
  const p = document.createElement('p');
  p.className = 'asof-underway-line';
  p.append('Under way, not yet public: ');
  ids.forEach((id, i) => {
    const entry = document.querySelector(`[${ASOF_DATA.id}="${CSS.escape(id)}"] a[href]`);
    const title = entry?.textContent?.trim() ?? id;
    const e = dates.get(id);
    if (i > 0) p.append('; ');
    const em = document.createElement('em');
    em.textContent = title;
    p.append(em, ` (made public on ${formatDay(e?.disclosed ?? e?.start ?? '')})`);
  });
  p.append('.');
  return p;
}

/** Links to the site's own pages keep the day, so the reader stays in the view while browsing. */
function carryOn(day: string): void {
  const base = document.querySelector<HTMLAnchorElement>('.site-header a')?.origin ?? location.origin;
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    if (a.classList.contains('asof-leave') || a.origin !== base) continue;
    const path = a.pathname;
    // Pages only (they end in "/"), not data files, not a link within this page, nor one naming its own day.
    if (!path.endsWith('/') || (path === location.pathname && a.hash) || new URLSearchParams(a.search).has('asof')) continue;
    a.href = withAsOf(a.pathname + a.search + a.hash, day);
  }
  // The search box in the header: a query asked in this view stays in it.
  for (const form of document.querySelectorAll<HTMLFormElement>('form[method="get"], form:not([method])')) {
    if (form.querySelector('input[name="asof"]')) continue;
    const input = document.createElement('input');
    input.type = 'hidden';
    input.name = 'asof';
    input.value = day;
    form.append(input);
  }
}

const day = asOfParam(location.search);
if (day) apply(day);
