/**
 * The /search/ page: reads the state from the URL, answers date-only queries
 * from /search/dates.json and everything else through Pagefind, and keeps
 * the URL in step (a new history entry per search; Back restores the last).
 */
import { parseDateQuery } from '../../lib/date-query/index.ts';
import { answerDateQuery } from '../../lib/search/date-answer.ts';
import type { DateIndex, DateIndexEvent } from '../../lib/search/date-index.ts';
import { hasFilters, readState, writeState, type SearchState } from '../../lib/search/state.ts';
import type { Facet } from '../../lib/search/facets.ts';
import { searchWords, type Hit, type WordAnswer } from './engine.ts';
import { dateChip, facetGroups, resultItem } from './render.ts';

const PAGE_SIZE = 20;
const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

function need<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`search page: missing ${selector}`);
  return found;
}

function start(root: HTMLElement): void {
  const form = need<HTMLFormElement>(root, '[data-search-form]');
  const input = need<HTMLInputElement>(form, 'input[name="q"]');
  const sort = need<HTMLSelectElement>(root, '[data-search-sort]');
  const chips = need<HTMLElement>(root, '[data-search-chips]');
  const problem = need<HTMLElement>(root, '[data-search-problem]');
  const status = need<HTMLElement>(root, '[data-search-status]');
  const list = need<HTMLOListElement>(root, '[data-search-results]');
  const facets = need<HTMLElement>(root, '[data-search-facets]');
  const more = need<HTMLButtonElement>(root, '[data-search-more]');
  need<HTMLElement>(root, '[data-search-nojs]').hidden = true;
  need<HTMLElement>(root, '[data-search-app]').hidden = false;

  let dateIndex: Promise<DateIndex> | undefined;
  const loadDateIndex = () =>
    (dateIndex ??= fetch(`${BASE}search/dates.json`).then((r) => {
      if (!r.ok) throw new Error(`dates.json: HTTP ${r.status}`);
      return r.json() as Promise<DateIndex>;
    }));

  let state = readState(new URLSearchParams(location.search));
  let run = 0;
  let shown = 0;
  let answer: WordAnswer | undefined;

  function show(next: SearchState): void {
    input.value = next.q;
    sort.value = next.sort;
  }

  function navigate(next: SearchState): void {
    state = next;
    const query = writeState(next).toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
    show(next);
    void search(next);
  }

  function setFacet(facet: Facet, values: string[]): void {
    navigate({ ...state, filters: { ...state.filters, [facet]: values } });
  }

  function drawFacets(counts: Parameters<typeof facetGroups>[0], labels: DateIndex['labels']): void {
    const focused = document.activeElement instanceof HTMLInputElement && facets.contains(document.activeElement)
      ? { facet: document.activeElement.dataset['facet'], value: document.activeElement.value }
      : undefined;
    facets.replaceChildren(...facetGroups(counts, state.filters, labels, setFacet));
    if (focused) {
      const again = [...facets.querySelectorAll<HTMLInputElement>('input')].find((b) => b.dataset['facet'] === focused.facet && b.value === focused.value);
      again?.focus();
    }
  }

  function append(hits: Hit[]): void {
    list.append(...hits.map(resultItem));
    shown += hits.length;
  }

  async function search(current: SearchState): Promise<void> {
    const id = ++run;
    const parsed = parseDateQuery(current.q);
    chips.replaceChildren(...(parsed.label ? [dateChip(parsed.label, () => {
      navigate({ ...state, q: parsed.words });
      input.focus();
    })] : []));
    problem.textContent = parsed.problem?.reason ?? '';
    problem.hidden = !parsed.problem;
    list.replaceChildren();
    more.hidden = true;
    shown = 0;
    answer = undefined;

    if (parsed.words === '' && !parsed.range && !hasFilters(current)) {
      status.textContent = '';
      facets.replaceChildren();
      return;
    }
    status.textContent = 'Searching…';
    try {
      const index = await loadDateIndex();
      if (id !== run) return;
      const types = current.filters.type;
      const dateOnly = parsed.words === '' && parsed.range && (types.length === 0 || (types.length === 1 && types[0] === 'event'));
      if (dateOnly && parsed.range) {
        const { results, counts } = answerDateQuery(index.events, parsed.range, current.filters);
        append(results.map(eventHit));
        drawFacets(counts, index.labels);
        status.textContent = results.length === 0
          ? `No events ${during(parsed.label)}.`
          : `${results.length} ${results.length === 1 ? 'event' : 'events'} ${during(parsed.label)}, in date order.`;
        return;
      }
      const found = await searchWords(BASE, parsed.words, parsed.range, current);
      if (id !== run) return;
      answer = found;
      append(await found.load(0, PAGE_SIZE));
      if (id !== run) return;
      more.hidden = shown >= found.count;
      drawFacets(found.counts, index.labels);
      status.textContent = describe(found.count, parsed.words, parsed.label);
    } catch (error) {
      if (id !== run) return;
      status.textContent = 'Search could not load. Browse the events or claims lists instead.';
      console.error(error);
    }
  }

  function eventHit(e: DateIndexEvent): Hit {
    return { url: e.url, title: e.title, type: 'event', date: e.date, start: e.start, excerpt: [{ text: e.summary, mark: false }] };
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate({ ...state, q: input.value });
  });
  sort.addEventListener('change', () => navigate({ ...state, sort: sort.value === 'date' ? 'date' : 'relevance' }));
  more.addEventListener('click', async () => {
    if (!answer) return;
    const before = shown;
    append(await answer.load(shown, shown + PAGE_SIZE));
    more.hidden = shown >= answer.count;
    // Keyboard users continue from the first new result.
    list.children[before]?.querySelector('a')?.focus();
  });
  window.addEventListener('popstate', () => {
    state = readState(new URLSearchParams(location.search));
    show(state);
    void search(state);
  });

  show(state);
  void search(state);
}

function describe(count: number, words: string, label: string | undefined): string {
  const what = count === 0 ? 'No results' : `${count} ${count === 1 ? 'result' : 'results'}`;
  const forWords = words ? ` for “${words}”` : '';
  const inRange = label ? ` ${during(label)}` : '';
  return `${what}${forWords}${inRange}.`;
}

/** "in June 2018", "before March 2018". */
function during(label: string | undefined): string {
  if (!label) return 'in that period';
  return /^(Before|After|Since|Up to) /.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : `in ${label}`;
}

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) start(root);
