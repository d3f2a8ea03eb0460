/**
 * Drawing the search page's results, chip and facets. Every string — the
 * query, URL parameters, page text — goes in through textContent, text nodes
 * or attribute setters; nothing here parses HTML.
 */
import { FACETS, RESULT_TYPES, type Facet, type FacetCounts, type LabelMaps } from '../../lib/search/facets.ts';
import type { Hit } from './engine.ts';
import { href as sitePath, paths } from '../../lib/urls.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Only links to this site's own pages are rendered as links. */
function safeHref(url: string): string | null {
  try {
    const target = new URL(url, location.href);
    return target.origin === location.origin ? target.pathname + target.hash : null;
  } catch {
    return null;
  }
}

const TYPE_NAMES = new Map<string, string>(Object.entries(RESULT_TYPES));

export function resultItem(hit: Hit): HTMLLIElement {
  const item = el('li', 'search-result');
  const heading = el('p', 'search-result-title');
  const href = safeHref(hit.url);
  if (href) {
    const link = el('a', undefined, hit.title);
    link.href = href;
    heading.append(link);
  } else {
    heading.textContent = hit.title;
  }
  const meta = el('p', 'search-result-meta');
  meta.append(el('span', 'search-result-type', TYPE_NAMES.get(hit.type) ?? hit.type));
  if (hit.date) {
    meta.append(document.createTextNode(' · '));
    const time = el('time', undefined, hit.date);
    if (/^\d{4}-\d{2}-\d{2}$/.test(hit.start)) time.dateTime = hit.start;
    meta.append(time);
  }
  item.append(heading, meta);
  if (hit.verdict) {
    // A claim's check, under its quote: the status (linked to what it means) and the record line.
    const verdict = el('p', 'verdict search-result-verdict');
    verdict.dataset['status'] = hit.verdict.status;
    const status = el('a', 'status', hit.verdict.label);
    status.dataset['status'] = hit.verdict.status;
    status.href = sitePath(paths.statuses(hit.verdict.status));
    verdict.append(status, el('span', 'visually-hidden', ': '), document.createTextNode(' '), el('span', 'record-line', hit.verdict.line));
    item.append(verdict);
  }
  if (hit.excerpt.length > 0) {
    const excerpt = el('p', 'search-result-excerpt');
    for (const segment of hit.excerpt) excerpt.append(segment.mark ? el('mark', undefined, segment.text) : document.createTextNode(segment.text));
    item.append(excerpt);
  }
  return item;
}

/** The removable date chip: "June 2018 ×"; with another reading, a button for it beside. */
export function dateChip(label: string, onRemove: () => void, other?: { label: string; choose: () => void }): HTMLElement[] {
  const chip = el('span', 'search-chip');
  chip.append(el('span', 'search-chip-label', label));
  const remove = el('button', 'search-chip-remove');
  remove.type = 'button';
  remove.setAttribute('aria-label', `Remove date: ${label}`);
  remove.append(el('span', undefined, '×'));
  remove.firstElementChild?.setAttribute('aria-hidden', 'true');
  remove.addEventListener('click', onRemove);
  chip.append(remove);
  if (!other) return [chip];
  const alt = el('button', 'search-chip-other', `Or ${other.label.replace(/:.*$/, '')}`);
  alt.type = 'button';
  alt.setAttribute('aria-label', `Search ${other.label} instead`);
  alt.title = other.label;
  alt.addEventListener('click', other.choose);
  return [chip, alt];
}

const FACET_LEGENDS: Record<Facet, string> = { type: 'Type', year: 'Year', actor: 'Who', kind: 'Kind of event', topic: 'Topic' };

function orderedValues(facet: Facet, values: string[], labels: LabelMaps): string[] {
  if (facet === 'type') return Object.keys(RESULT_TYPES).filter((t) => values.includes(t)).concat(values.filter((v) => !TYPE_NAMES.has(v)));
  if (facet === 'year') return [...values].sort();
  const label = (v: string) => labels[facet]?.get(v) ?? v;
  return [...values].sort((a, b) => label(a).localeCompare(label(b)));
}

/**
 * Facet checkboxes: the values found in the current results (with counts)
 * and any value already chosen, so it can be unchecked. The type facet always
 * offers all three types.
 */
export function facetGroups(
  counts: FacetCounts,
  selected: Record<Facet, string[]>,
  labels: LabelMaps,
  onChange: (facet: Facet, values: string[]) => void,
): HTMLElement[] {
  const groups: HTMLElement[] = [];
  for (const facet of FACETS) {
    const found = [...(counts[facet] ?? new Map<string, number>())].filter(([, n]) => n > 0).map(([v]) => v);
    const base = facet === 'type' ? Object.keys(RESULT_TYPES) : [];
    // Values the labels do not know (a stray value in a URL) are never drawn.
    const known = (v: string) => facet === 'year' ? /^\d{4}$/.test(v) : labels[facet]?.has(v) ?? false;
    const values = orderedValues(facet, [...new Set([...base, ...found, ...selected[facet]])].filter(known), labels);
    if (values.length === 0) continue;
    const group = el('fieldset', 'search-facet');
    group.append(el('legend', undefined, FACET_LEGENDS[facet]));
    const list = el('ul', 'plain');
    for (const value of values) {
      const box = el('input');
      box.type = 'checkbox';
      box.name = facet;
      box.value = value;
      box.checked = selected[facet].includes(value);
      box.dataset['facet'] = facet;
      box.addEventListener('change', () => {
        const checked = [...group.querySelectorAll<HTMLInputElement>('input:checked')].map((b) => b.value);
        onChange(facet, checked);
      });
      const label = el('label');
      const count = counts[facet]?.get(value);
      label.append(box, document.createTextNode(` ${labels[facet]?.get(value) ?? value}`));
      if (count !== undefined) label.append(el('span', 'search-facet-count', ` (${count})`));
      const item = el('li');
      item.append(label);
      if (facet === 'actor') {
        // Who they were: each person in the "Who" facet links to their page.
        const who = el('a', 'search-facet-who', 'who?');
        who.href = sitePath(paths.actor(encodeURIComponent(value)));
        who.setAttribute('aria-label', `${labels[facet]?.get(value) ?? value}: who they were`);
        item.append(' ', who);
      }
      list.append(item);
    }
    group.append(list);
    groups.push(group);
  }
  return groups;
}

/** A labelled group of results: "Events in June 2018 (4)". */
export function resultGroup(label: string, total: number, hits: Hit[]): { section: HTMLElement; list: HTMLOListElement } {
  const section = el('section', 'search-group');
  const list = el('ol', 'plain');
  if (label) {
    const heading = el('h2', 'search-group-title', `${label} `);
    heading.append(el('span', 'search-facet-count', `(${total})`));
    section.append(heading);
  }
  list.append(...hits.map(resultItem));
  section.append(list);
  return { section, list };
}

/** "Show more events" under a group that has more to show. */
export function moreButton(noun: string): HTMLButtonElement {
  const button = el('button', 'search-more', `Show more ${noun}`);
  button.type = 'button';
  return button;
}

/** "Did you mean sanctions?" as a link to that search. */
export function suggestionLine(query: string, url: string, corrected: boolean): HTMLElement {
  const line = el('p', 'search-suggestion', corrected ? 'The closest words on this site: ' : 'Did you mean ');
  const link = el('a');
  link.href = url;
  link.append(el('strong', undefined, query));
  line.append(link, document.createTextNode(corrected ? '.' : '?'));
  return line;
}
