import { formatRange, DAY_MS, isoDay } from '../../calendar/calendar.ts';
import { CLS, NARROW_QUERY, sel } from '../model/contract.ts';
import { wireControls } from './controls.ts';
import { Filters } from './filters.ts';
import { openOnPointer, Popover } from './popover.ts';
import { eventInUrl, rangeInUrl, recordRange, snap } from './url-state.ts';
import { unwarp, type AxisBreak } from '../model/axis-break.ts';
import type { ChartModel, ModelMark } from '../model/chart-model.ts';
import { TimelineView } from './view.ts';
import { hintOnPlainWheel, keepZoomingWheel } from './wheel.ts';
import { ZoomSync } from './zoom.ts';
import { loadDense } from '../dense/enhance/load.ts';
import { fetchLayout } from './part.ts';

/**
 * <timeline-chart>: zoom, pan, filters, details and keyboard for the
 * build-time SVG inside it. Without this script the chart is a static picture
 * of the default range with working links; with it:
 * - Ctrl/⌘ + wheel, pinch, drag, buttons and + / − / 0 / Shift+arrows change
 *   the range (zoom.ts, controls.ts); a plain wheel scrolls the page and shows
 *   a hint once (wheel.ts);
 * - the range lives in the address bar (?from=&to=, months or days) and is
 *   restored on load; ?event=<id> centres and focuses that event (url-state.ts);
 * - hover, focus or a first tap on a mark opens its popover (popover.ts);
 * - lane and kind checkboxes hide marks and list entries (filters.ts);
 * - on a narrow screen, the phone's layout is fetched and takes over (part.ts).
 * This element only connects those modules to one another.
 */
const narrow = matchMedia(NARROW_QUERY);

export class TimelineChart extends HTMLElement {
  private zoom!: ZoomSync;
  private details!: Popover;
  /** Each drawn mark's model, by its link: what the popover shows. */
  private readonly byLink = new Map<Element, ModelMark>();
  /** Where the time axis breaks (from the chart's model): dates ↔ chart time. */
  private breaks: AxisBreak[] = [];

  connectedCallback(): void {
    // In a task of its own: the task that runs this script, at the end of parsing, also styles the whole
    // page, and on a chart of thousands of marks reading them on top of that would be one long freeze.
    setTimeout(() => this.start(), 0);
  }

  private start(): void {
    // The chart's model, written by the build as JSON data (never run): src/timeline/model/chart-model.ts.
    const model = JSON.parse(this.querySelector(`script${sel(CLS.model)}`)?.textContent ?? 'null') as ChartModel | null;
    if (!model) return;
    const breaks = (this.breaks = model.time.breaks);
    const views = [...this.querySelectorAll<SVGSVGElement>(`svg${sel(CLS.chart)}`)].map((svg) => new TimelineView(svg, model));
    const frame = this.querySelector<HTMLElement>(sel(CLS.frame))!;
    for (const view of views) for (const m of view.marks) this.byLink.set(m.el, m.model);
    this.details = new Popover(this.querySelector<HTMLElement>(sel(CLS.popover))!, frame, (el) => this.byLink.get(el));
    this.zoom = new ZoomSync(views, model.time.views.story, {
      moving: () => {
        if (this.details.current) this.details.hide();
      },
      settled: (domain) => {
        recordRange(domain, this.breaks);
        this.caption();
      },
      moved: () => this.caption(),
    }, model.time.views.next);
    this.classList.add(CLS.enhanced);

    const restored = views[0] ? rangeInUrl(views[0].bounds, breaks) : null;
    this.zoom.show(restored ?? this.zoom.defaultDomain, false, false);

    hintOnPlainWheel(frame, this.querySelector<HTMLElement>(sel(CLS.hint)));
    for (const view of views) keepZoomingWheel(view.svg);
    wireControls(this, this.zoom, this.details);
    openOnPointer(this, this.details);
    this.focusEventParam();
    const filters = new Filters(this);
    if (filters.restore()) this.applyFilters(filters);
    if (views.some((view) => view.dense)) void this.loadOverview(views);
    // ?asof=: src/client/asof.ts hides later marks by class; recount and redraw.
    this.addEventListener('asof-change', () => this.applyFilters(filters)); // ASOF_EVENT in src/lib/asof-contract.ts
    this.addEventListener('change', () => {
      this.applyFilters(filters);
      filters.record();
    });
    narrow.addEventListener('change', () => this.zoom.show(this.zoom.shared, false, false));
    this.narrowLayout(model, filters);
  }

  /**
   * The phone's layout: fetched the first time the screen is narrow (part.ts),
   * then moved like the wide one, on the same range, filters and day. If it
   * cannot be had, the wide layout shows, scrolled sideways in its frame.
   */
  private narrowLayout(model: ChartModel, filters: Filters): void {
    const slot = this.querySelector<SVGSVGElement>(`svg${sel(CLS.slot)}`);
    if (!slot) return;
    let asked = false;
    const load = async () => {
      if (asked || !narrow.matches) return;
      asked = true;
      const svg = await fetchLayout(slot);
      if (!svg) {
        this.classList.add(CLS.wideOnly);
        return;
      }
      const view = new TimelineView(svg, model);
      for (const m of view.marks) this.byLink.set(m.el, m.model);
      keepZoomingWheel(svg);
      this.zoom.add(view);
      this.applyFilters(filters);
      if (view.dense) await this.loadOverview([view]);
      else this.zoom.show(this.zoom.shared, false, false);
      this.focusEventParam();
    };
    void load();
    narrow.addEventListener('change', () => void load());
  }

  /** ?event=<id>: centre the view on that event and give it the focus. */
  private focusEventParam(): void {
    const id = eventInUrl();
    const v = this.zoom.current;
    if (!id || !v) return;
    const m = v.view.marks.find((x) => x.model.id === id);
    if (!m) return;
    this.zoom.centreOn(m.times.anchor);
    v.view.flush();
    m.el.focus({ preventScroll: true });
    m.el.scrollIntoView({ block: 'center', inline: 'center' });
    this.details.show(m.el);
  }

  private applyFilters(filters: Filters): void {
    filters.apply(this.zoom.views.map((v) => v.view));
    // A dense chart's caption counts the marks in view, which the filters change.
    if (this.zoom.current?.view.overview) this.caption();
  }

  /**
   * A dense chart (thousands of marks) draws zooms as an overview of a few
   * paths; its code is fetched only here, so ordinary pages never load it.
   * Until it arrives, and if it never does, the links move as usual.
   */
  private async loadOverview(views: readonly TimelineView[]): Promise<void> {
    const overview = await loadDense();
    for (const view of views) if (view.dense) view.overview = overview(view);
    this.zoom.show(this.zoom.shared, false, false);
  }

  /** Say what is shown, and why there are no links when too many marks are in view. */
  private caption(): void {
    const el = this.querySelector(sel(CLS.range));
    if (!el) return;
    const [d0, d1] = this.zoom.shared.map((c) => unwarp(this.breaks, c)) as [number, number];
    const start = isoDay(snap(d0));
    const end = isoDay(snap(d1) - DAY_MS);
    el.textContent = `Showing ${formatRange(start, end)}${this.zoom.current?.view.overview?.crowdedNote() ?? ''}`;
  }
}

if (!customElements.get('timeline-chart')) customElements.define('timeline-chart', TimelineChart);
