/**
 * The /search/ page: reads the state from the URL, answers as the reader
 * types (debounced; an answer that arrives after a newer query is dropped),
 * and keeps the URL in step: each settled query is one history entry — the
 * first pause in a burst of typing adds an entry, later pauses in the same
 * burst replace it — and Back restores the one before.
 */
import { parseDateQuery } from '../../lib/date-query/index.ts';
import { isKnownValue, type Facet, type FacetCounts, type LabelMaps } from '../../lib/search/facets.ts';
import { knownState, readState, writeState, type SearchState } from '../../lib/search/state.ts';
import { answer, PAGE_SIZE, type Answer } from './answer.ts';
import type { Group } from './groups.ts';
import { searchData } from './sources.ts';
import { dateChip, facetGroups, moreButton, resultGroup, resultItem, suggestionLine } from './render.ts';

/** Quiet time after a keystroke before the query is searched. */
const DEBOUNCE_MS = 250;
/** Quiet time after which the next keystroke starts a new history entry. */
const SETTLED_MS = 1200;

function need<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`search page: missing ${selector}`);
  return found;
}

function start(root: HTMLElement): void {
  const form = need<HTMLFormElement>(root, '[data-search-form]');
  const input = need<HTMLInputElement>(form, 'input[name="q"]');
  const sort = need<HTMLSelectElement>(root, '[data-search-sort]');
  const sortRow = need<HTMLElement>(root, '[data-search-sort-row]');
  const chips = need<HTMLElement>(root, '[data-search-chips]');
  const problem = need<HTMLElement>(root, '[data-search-problem]');
  const status = need<HTMLElement>(root, '[data-search-status]');
  const suggestion = need<HTMLElement>(root, '[data-search-suggestion]');
  const empty = need<HTMLElement>(root, '[data-search-empty]');
  const groups = need<HTMLElement>(root, '[data-search-groups]');
  const facets = need<HTMLElement>(root, '[data-search-facets]');
  const refine = need<HTMLDetailsElement>(root, '[data-search-refine]');
  need<HTMLElement>(root, '[data-search-nojs]').hidden = true;
  need<HTMLElement>(root, '[data-search-app]').hidden = false;

  // Beside the results on wide screens the facets are open; on narrow ones they fold below the results.
  const wide = matchMedia('(min-width: 52rem)');
  refine.open = wide.matches;
  wide.addEventListener('change', () => (refine.open = wide.matches));

  const { labels, sources, startData } = searchData(root);

  let state = readState(new URLSearchParams(location.search));
  // Everything the first answer needs is asked for at once, not one after another.
  startData(state);
  let run = 0;
  let debounce: ReturnType<typeof setTimeout> | undefined;
  let settled: ReturnType<typeof setTimeout> | undefined;
  let burst = false;

  const urlOf = (next: SearchState) => {
    const query = writeState(next).toString();
    return `${location.pathname}${query ? `?${query}` : ''}`;
  };

  function navigate(next: SearchState, how: 'push' | 'replace' = 'push', fromTyping = false): void {
    state = next;
    const url = urlOf(next);
    if (url !== `${location.pathname}${location.search}`) {
      if (how === 'push') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
    if (!fromTyping) input.value = next.q;
    sort.value = next.sort;
    void search(next);
  }

  function setFacet(facet: Facet, values: string[]): void {
    navigate({ ...state, filters: { ...state.filters, [facet]: values } });
  }

  function drawFacets(counts: FacetCounts, names: LabelMaps): void {
    const active = document.activeElement;
    const focused = active instanceof HTMLInputElement && facets.contains(active) ? { facet: active.dataset['facet'], value: active.value } : undefined;
    facets.replaceChildren(...facetGroups(counts, state.filters, names, setFacet));
    if (focused) {
      const again = [...facets.querySelectorAll<HTMLInputElement>('input')].find((b) => b.dataset['facet'] === focused.facet && b.value === focused.value);
      again?.focus();
    }
  }

  function drawChip(found: Answer['parsed']): void {
    if (!found.label) return chips.replaceChildren();
    const alternative = found.alternative;
    chips.replaceChildren(...dateChip(found.label, () => {
      navigate({ ...state, q: found.words });
      input.focus();
    }, alternative ? { label: alternative.label, choose: () => navigate({ ...state, q: alternative.query }) } : undefined));
  }

  async function search(next: SearchState): Promise<void> {
    const id = ++run;
    const slow = setTimeout(() => id === run && (status.textContent = 'Searching…'), 300);
    try {
      const names = await labels();
      const clean = knownState(next, (facet, value) => isKnownValue(facet, value, names));
      if (id !== run) return;
      if (urlOf(clean) !== urlOf(next)) {
        state = clean;
        history.replaceState(null, '', urlOf(clean));
      }
      const found = await answer(clean, sources);
      if (id !== run) return;
      draw(found, names);
    } catch (error) {
      if (id !== run) return;
      status.textContent = 'Search could not load. Browse the events or claims lists instead.';
      empty.hidden = false;
      console.error(error);
    } finally {
      clearTimeout(slow);
    }
  }

  /** What the query alone says (its date chip, or why its date is not one): drawn before the answer, so the answer moves neither. */
  function drawQuery(parsed: Answer['parsed']): void {
    drawChip(parsed);
    problem.textContent = parsed.problem?.reason ?? '';
    problem.hidden = !parsed.problem;
  }

  function draw(found: Answer | null, names: LabelMaps): void {
    drawQuery(found?.parsed ?? { words: '' });
    suggestion.replaceChildren();
    if (!found) {
      status.textContent = '';
      empty.hidden = true;
      refine.hidden = true;
      groups.replaceChildren();
      facets.replaceChildren();
      return;
    }
    status.textContent = found.status;
    if (found.suggestion) {
      suggestion.append(suggestionLine(found.suggestion, urlOf({ ...state, q: found.suggestion }), found.corrected === true));
    }
    empty.hidden = !found.empty;
    // A date answer is in date order by groups; sorting belongs to word results only.
    sortRow.hidden = found.dateOnly;
    // Nothing to refine: the facets step aside, unless a chosen one is what emptied the results.
    refine.hidden = found.empty && !Object.values(state.filters).some((v) => v.length > 0);
    groups.replaceChildren(...found.groups.map(drawGroup));
    drawFacets(found.counts, names);
  }

  /** A group of results, with a button under it while it has more to show (a page at a time, their text fetched then). */
  function drawGroup(group: Group): HTMLElement {
    const { section, list } = resultGroup(group.label, group.total, group.hits);
    const load = group.more;
    if (!load || group.hits.length >= group.total) return section;
    const button = moreButton(group.noun);
    let shown = group.hits.length;
    button.addEventListener('click', async () => {
      button.disabled = true;
      try {
        const hits = await load(shown, shown + PAGE_SIZE);
        const before = shown;
        list.append(...hits.map(resultItem));
        shown += hits.length;
        button.hidden = shown >= group.total;
        // Keyboard users continue from the first new result.
        list.children[before]?.querySelector('a')?.focus();
      } finally {
        button.disabled = false;
      }
    });
    section.append(button);
    return section;
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(debounce);
    navigate({ ...state, q: input.value }, burst ? 'replace' : 'push', true);
    burst = false;
  });
  input.addEventListener('input', () => {
    clearTimeout(debounce);
    clearTimeout(settled);
    debounce = setTimeout(() => {
      navigate({ ...state, q: input.value }, burst ? 'replace' : 'push', true);
      burst = true;
    }, DEBOUNCE_MS);
    settled = setTimeout(() => (burst = false), DEBOUNCE_MS + SETTLED_MS);
  });
  sort.addEventListener('change', () => navigate({ ...state, sort: sort.value === 'date' ? 'date' : 'relevance' }));
  window.addEventListener('popstate', () => {
    state = readState(new URLSearchParams(location.search));
    input.value = state.q;
    sort.value = state.sort;
    burst = false;
    void search(state);
  });

  input.value = state.q;
  sort.value = state.sort;
  drawQuery(parseDateQuery(state.q));
  void search(state);
}

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) start(root);
