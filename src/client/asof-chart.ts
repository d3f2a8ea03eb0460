import { warp, type AxisBreak } from '../timeline/model/axis-break.ts';
import { ASOF_LATER, type AsOfState } from '../lib/asof.ts';

/**
 * ?asof= on a timeline chart (src/client/asof.ts marks the marks): what the
 * chart draws of the story and the pieces after the day goes with them.
 */

/**
 * The chart's lines between marks and its story callouts are keyed by the
 * marks' anchor times: one that reaches a later event would tell of it, so it
 * goes too.
 */
export function hideStoryAfter(root: ParentNode, states: ReadonlyMap<string, AsOfState>): void {
  const laterAt = new Set<string>();
  for (const mark of root.querySelectorAll('svg .tl-mark[data-id]')) {
    if (states.get(mark.getAttribute('data-id') ?? '') === 'later') laterAt.add(mark.getAttribute('data-anchor') ?? '');
  }
  for (const link of root.querySelectorAll('svg .tl-link')) {
    if (laterAt.has(link.getAttribute('data-a') ?? '') || laterAt.has(link.getAttribute('data-b') ?? '')) link.classList.add(ASOF_LATER);
  }
  // A story note tells of every event it cites: one citing a later event goes.
  for (const callout of root.querySelectorAll('svg .tl-callout')) {
    const cites = (callout.getAttribute('data-cites') ?? '').split(',');
    if (laterAt.has(callout.getAttribute('data-to') ?? '') || cites.some((id) => states.get(id) === 'later')) callout.classList.add(ASOF_LATER);
  }
}

/**
 * A piece written after the day is a later event too: its "written here"
 * marker and label go. They are placed in chart time (the broken axis), so
 * the day is turned into chart time with the chart's own breaks.
 */
export function hidePiecesAfter(root: ParentNode, day: string): void {
  const end = Date.parse(`${day}T00:00:00Z`) + 86_400_000;
  // A chart layout that arrived later is marked on its own, with its chart's breaks; else every chart on the page.
  const part = root instanceof Element ? root : null;
  const charts = part ? [part.closest('timeline-chart')].filter((c) => c !== null) : [...root.querySelectorAll('timeline-chart')];
  for (const chart of charts) {
    let breaks: AxisBreak[] = [];
    try {
      breaks = (JSON.parse(chart.querySelector('script.tl-model')?.textContent ?? '{}') as { time?: { breaks?: AxisBreak[] } }).time?.breaks ?? [];
    } catch {
      breaks = [];
    }
    const limit = warp(breaks, end);
    for (const el of (part ?? chart).querySelectorAll('svg .tl-written-mark[data-from], svg .tl-written-label[data-from]')) {
      if (Number(el.getAttribute('data-from')) >= limit) el.classList.add(ASOF_LATER);
    }
  }
}
