import { select, type Selection } from 'd3-selection';
import { zoom as d3zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import { formatRange } from '../lib/calendar.ts';
import { DAY_MS, isoDay } from '../lib/calendar.ts';
import { parseRangeParams, viewParams } from '../lib/timeline/url-range.ts';
import { Popover } from './timeline/popover.ts';
import { hintOnPlainWheel, zoomsOnWheel } from './timeline/wheel.ts';
import { parseShown, shownParam } from '../lib/timeline/url-filters.ts';
import type { ZoomState } from '../lib/timeline/zoom-math.ts';
import { NARROW_QUERY, TimelineView } from './timeline-view.ts';

/**
 * <timeline-chart>: zoom, pan, filters, details and keyboard for the
 * build-time SVG inside it. Without this script the chart is a static picture
 * of the default range with working links; with it:
 * - Ctrl/⌘ + wheel, pinch, drag, buttons and + / − / 0 / Shift+arrows change
 *   the range; a plain wheel scrolls the page (and shows a hint once);
 * - the range lives in the address bar (?from=&to=, months or days) and is
 *   restored on load; ?event=<id> centres and focuses that event;
 * - hover, focus or a first tap on a mark opens its popover;
 * - on a mark, arrow keys move to the previous/next event in time; Enter follows the link;
 * - lane and kind checkboxes hide marks (and the matching list entries); what
 *   they hide is kept in the address bar too (?lanes=…&kinds=…).
 */
type Svg = Selection<SVGSVGElement, unknown, null, undefined>;

/** selection.transition() is added by d3-transition (loaded by d3-zoom); its types are not installed. */
interface Transitioning {
  transition(): { duration(ms: number): { call(fn: (...args: never[]) => unknown, ...args: unknown[]): unknown } };
}
function animated(sel: Svg, ms: number) {
  return (sel as unknown as Transitioning).transition().duration(ms);
}

const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
const narrow = matchMedia(NARROW_QUERY);

class TimelineChart extends HTMLElement {
  private views: { view: TimelineView; zoom: ZoomBehavior<SVGSVGElement, unknown>; sel: Svg }[] = [];
  private defaultDomain: [number, number] = [0, 1];
  private shared: [number, number] = [0, 1];
  private syncing = false;
  private details: Popover | null = null;
  private pointerType = '';
  /** The mark whose popover was open when the current touch began (focus may open another one mid-tap). */
  private openAtTouch: Element | null | undefined = null;

  /** ?event=<id>: centre the view on that event and give it the focus. */
  private focusEventParam(): void {
    const id = new URLSearchParams(location.search).get('event');
    const v = this.current;
    if (!id || !v) return;
    const m = v.view.marks.find((x) => x.el.dataset['id'] === id);
    if (!m) return;
    const [d0, d1] = v.view.domain;
    const half = (d1 - d0) / 2;
    const [b0, b1] = v.view.bounds;
    const start = Math.max(b0, Math.min(m.times.anchor - half, b1 - 2 * half));
    this.show([start, start + 2 * half], false, false);
    v.view.flush();
    m.el.focus({ preventScroll: true });
    m.el.scrollIntoView({ block: 'center', inline: 'center' });
    this.details?.show(m.el);
  }

  /** On touch, the first tap on a mark opens its popover; a second tap (or the popover's link) opens the event. */
  private onTap(e: MouseEvent): void {
    const mark = markOf(e.target);
    const type = (e as PointerEvent).pointerType || this.pointerType;
    if (!mark || type === 'mouse' || type === '') return;
    // Compare with the popover open when the finger came down: the tap's own
    // focus may already have opened this mark's popover.
    if (this.openAtTouch === mark) return;
    e.preventDefault();
    this.details?.show(mark);
  }

  connectedCallback(): void {
    this.defaultDomain = [Number(this.dataset['defaultFrom']), Number(this.dataset['defaultTo'])];
    this.shared = this.defaultDomain;
    for (const svg of this.querySelectorAll<SVGSVGElement>('svg.tl-svg')) this.views.push(this.setUp(new TimelineView(svg)));
    this.classList.add('is-enhanced');

    const restored = this.views[0] ? parseRangeParams(location.search, { start: this.views[0].view.bounds[0], end: this.views[0].view.bounds[1] }) : null;
    this.show(restored ? [restored.start, restored.end] : this.defaultDomain, false, false);

    const frame = this.querySelector<HTMLElement>('.tl-frame')!;
    this.details = new Popover(this.querySelector<HTMLElement>('.tl-popover')!, frame);
    hintOnPlainWheel(frame, this.querySelector<HTMLElement>('.tl-hint'));
    this.addEventListener('click', (e) => this.onButton(e));
    this.addEventListener('click', (e) => this.onTap(e));
    this.addEventListener('pointerdown', (e) => {
      this.pointerType = e.pointerType;
      this.openAtTouch = this.details?.current ?? null;
    });
    this.addEventListener('touchstart', () => {
      this.pointerType = 'touch';
      this.openAtTouch = this.details?.current ?? null;
    }, { passive: true });
    this.addEventListener('keydown', (e) => this.onKey(e));
    this.addEventListener('focusin', (e) => this.onFocus(e));
    this.addEventListener('pointerover', (e) => {
      const mark = markOf(e.target);
      if (mark && e.pointerType === 'mouse') this.details?.show(mark);
    });
    this.addEventListener('pointerleave', () => {
      if (this.pointerType === 'mouse' && !this.contains(document.activeElement)) this.details?.hide();
    });
    this.focusEventParam();
    if (this.restoreFilters()) this.applyFilters();
    if (this.views.some(({ view }) => view.dense)) void this.loadOverview();
    this.addEventListener('change', () => {
      this.applyFilters();
      this.recordFilters();
    });
    narrow.addEventListener('change', () => this.show(this.shared, false, false));
  }

  /**
   * A dense chart (thousands of marks) draws zooms as an overview of a few
   * paths; its code is fetched only here, so ordinary pages never load it.
   * Until it arrives, and if it never does, the links move as usual.
   */
  private async loadOverview(): Promise<void> {
    const { Overview } = await import('./timeline-overview.ts');
    for (const { view } of this.views) if (view.dense) view.overview = new Overview(view);
    this.show(this.shared, false, false);
  }

  private setUp(view: TimelineView) {
    const sel = select(view.svg);
    const [p0, p1] = view.panExtent();
    const wide = view.wide;
    const zoom = d3zoom<SVGSVGElement, unknown>()
      .scaleExtent(view.scaleExtent())
      .extent(wide ? [[view.along[0], 0], [view.along[1], 1]] : [[0, view.along[0]], [1, view.along[1]]])
      .translateExtent(wide ? [[p0, -1e7], [p1, 1e7]] : [[-1e7, p0], [1e7, p1]])
      // The narrow layout scrolls with the page: only a pinch on a trackpad (ctrl + wheel) zooms it.
      .filter((event: Event) => (event.type === 'wheel' ? zoomsOnWheel(event as WheelEvent) : wide && !(event as MouseEvent).button))
      .on('start', () => view.overview?.begin())
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        const t = event.transform;
        view.schedule({ k: t.k, t: wide ? t.x : t.y });
        if (this.details?.current) this.details.hide();
        if (!this.syncing && view.active) this.shared = view.domain;
      })
      .on('end', () => {
        view.overview?.end();
        if (!this.syncing && view.active) this.settled();
      });
    sel.call(zoom);
    if (!wide) sel.on('dblclick.zoom', null);
    return { view, zoom, sel };
  }

  private get current() {
    return this.views.find((v) => v.view.active) ?? this.views[0];
  }

  /** Move every layout to a domain (the visible one animated unless motion is reduced). */
  private show(domain: readonly [number, number], animate: boolean, record = true): void {
    this.syncing = true;
    for (const { view, zoom, sel } of this.views) {
      const z = view.zoomForDomain(domain);
      const transform = view.wide ? zoomIdentity.translate(z.t, 0).scale(z.k) : zoomIdentity.translate(0, z.t).scale(z.k);
      if (animate && view.active && !reducedMotion.matches) {
        this.syncing = false;
        animated(sel, 300).call(zoom.transform, transform);
        this.syncing = true;
      } else {
        sel.call(zoom.transform, transform);
      }
    }
    this.syncing = false;
    this.shared = [domain[0], domain[1]];
    if (record) this.settled();
    else this.caption();
  }

  /** After a gesture: bring the other layout along, write the URL, say what is shown. */
  private settled(): void {
    const active = this.current;
    if (!active) return;
    this.shared = active.view.domain;
    // The layout off screen is brought to this range when it comes on screen
    // (the media-query listener in connectedCallback), not after every gesture.
    const { from, to } = viewParams(snap(this.shared[0]), snap(this.shared[1]));
    const url = new URL(location.href);
    url.searchParams.set('from', from);
    url.searchParams.set('to', to);
    url.searchParams.delete('event');
    history.replaceState(history.state, '', url);
    this.caption();
  }

  private caption(): void {
    const el = this.querySelector('.tl-range');
    if (!el) return;
    const start = isoDay(snap(this.shared[0]));
    const end = isoDay(snap(this.shared[1]) - DAY_MS);
    // Too many marks to pick one: say why there are no links and what brings them.
    const n = this.current?.view.overview?.crowded() ?? null;
    const crowded = n === null ? '' : ` · ${n.toLocaleString('en-GB')} events in view: zoom in to pick one, or use the list below`;
    el.textContent = `Showing ${formatRange(start, end)}${crowded}`;
  }

  private zoomBy(factor: number): void {
    const v = this.current;
    if (!v) return;
    if (reducedMotion.matches) v.sel.call(v.zoom.scaleBy, factor);
    else animated(v.sel, 250).call(v.zoom.scaleBy, factor);
  }

  /** Pan by a fraction of the visible range (negative: earlier). */
  private panBy(fraction: number): void {
    const v = this.current;
    if (!v) return;
    const [d0, d1] = v.view.domain;
    const shift = (d1 - d0) * fraction;
    this.show([d0 + shift, d1 + shift], true);
  }

  private onButton(e: Event): void {
    const button = (e.target as Element).closest<HTMLButtonElement>('button[data-zoom]');
    if (!button) return;
    const action = button.dataset['zoom'];
    if (action === 'in') this.zoomBy(2);
    else if (action === 'out') this.zoomBy(0.5);
    else if (action === 'earlier') this.panBy(-0.5);
    else if (action === 'later') this.panBy(0.5);
    else if (action === 'reset') this.show(this.defaultDomain, true);
    else if (action === 'all' && this.current) this.show(this.current.view.bounds, true);
  }

  private onKey(e: KeyboardEvent): void {
    const target = e.target as Element;
    if (e.key === 'Escape' && this.details?.current) {
      this.details.hide();
      return;
    }
    if (target.closest('input, button, select, textarea, summary')) return;
    const mark = markOf(target);
    const v = this.current;
    if (!v) return;
    const forward = v.view.wide ? 'ArrowRight' : 'ArrowDown';
    const back = v.view.wide ? 'ArrowLeft' : 'ArrowUp';
    if (e.shiftKey && (e.key === forward || e.key === back)) {
      this.panBy(e.key === forward ? 0.25 : -0.25);
    } else if (e.key === '+' || e.key === '=') {
      this.zoomBy(2);
    } else if (e.key === '-' || e.key === '_') {
      this.zoomBy(0.5);
    } else if (e.key === '0') {
      this.show(this.defaultDomain, true);
    } else if (mark && ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'Home', 'End'].includes(e.key)) {
      const marks = v.view.marks.map((m) => m.el).filter((el) => !el.classList.contains('is-filtered'));
      const i = marks.indexOf(mark);
      const next =
        e.key === 'Home' ? marks[0]
        : e.key === 'End' ? marks[marks.length - 1]
        : e.key === 'ArrowRight' || e.key === 'ArrowDown' ? marks[Math.min(marks.length - 1, i + 1)]
        : marks[Math.max(0, i - 1)];
      if (next) {
        this.reveal(v.view, next);
        next.focus();
      }
    } else {
      return;
    }
    e.preventDefault();
  }

  /** Pan so a mark is in view, and draw at once: a culled mark cannot take focus until it is drawn. */
  private reveal(view: TimelineView, el: SVGAElement): void {
    const m = view.marks.find((x) => x.el === el);
    if (!m) return;
    const [d0, d1] = view.domain;
    if (m.times.anchor >= d0 && m.times.anchor <= d1) return;
    const half = (d1 - d0) / 2;
    this.show([m.times.anchor - half, m.times.anchor + half], false);
    view.flush();
  }

  /** Keep the focused mark in view and describe it. */
  private onFocus(e: FocusEvent): void {
    const mark = markOf(e.target);
    if (!mark) return;
    const v = this.current;
    const m = v?.view.marks.find((x) => x.el === mark);
    if (!v || !m) return;
    const [d0, d1] = v.view.domain;
    if (m.times.anchor < d0 || m.times.anchor > d1) {
      const half = (d1 - d0) / 2;
      this.show([m.times.anchor - half, m.times.anchor + half], false);
      v.view.flush();
    }
    this.details?.show(mark);
  }

  private boxes(filter: string): HTMLInputElement[] {
    return [...this.querySelectorAll<HTMLInputElement>(`input[data-filter="${filter}"]`)];
  }

  /**
   * Tick the boxes as the address says (all of them when it says nothing):
   * the address, not a form state the browser may have kept from an earlier
   * visit, decides. True if any box is left unticked.
   */
  private restoreFilters(): boolean {
    let hiding = false;
    for (const { filter, param } of FILTERS) {
      const boxes = this.boxes(filter);
      const shown = parseShown(location.search, param, boxes.map((b) => b.value));
      for (const box of boxes) {
        box.checked = shown ? shown.has(box.value) : true;
        if (!box.checked) hiding = true;
      }
    }
    return hiding;
  }

  private recordFilters(): void {
    const url = new URL(location.href);
    for (const { filter, param } of FILTERS) {
      const boxes = this.boxes(filter);
      const value = shownParam(new Set(boxes.filter((b) => b.checked).map((b) => b.value)), boxes.map((b) => b.value));
      if (value === null) url.searchParams.delete(param);
      else url.searchParams.set(param, value);
    }
    history.replaceState(history.state, '', url);
  }

  private applyFilters(): void {
    const off = (name: string) => new Set(this.boxes(name).filter((i) => !i.checked).map((i) => i.value));
    const lanes = off('lane');
    const kinds = off('kind');
    const hide = (el: HTMLElement | SVGElement) => lanes.has(el.dataset['lane'] ?? '') || kinds.has(el.dataset['kind'] ?? '');
    for (const { view } of this.views) {
      for (const m of view.marks) m.el.classList.toggle('is-filtered', hide(m.el));
      view.refreshCounts();
      view.render(view.zoom);
    }
    for (const li of this.closest('section')?.querySelectorAll<HTMLLIElement>('.tl-list li[data-lane]') ?? []) li.hidden = hide(li);
    // A dense chart's caption counts the marks in view, which the filters change.
    if (this.current?.view.overview) this.caption();
  }
}

function markOf(target: EventTarget | null): SVGAElement | null {
  return target instanceof Element ? target.closest<SVGAElement>('a.tl-mark') : null;
}

/** Each filter's checkboxes (data-filter) and its parameter in the address bar. */
const FILTERS = [
  { filter: 'lane', param: 'lanes' },
  { filter: 'kind', param: 'kinds' },
] as const;

/** Round to the nearest day, so float error never tips a range into the wrong month. */
function snap(ms: number): number {
  return Math.round(ms / DAY_MS) * DAY_MS;
}

export type { ZoomState };

if (!customElements.get('timeline-chart')) customElements.define('timeline-chart', TimelineChart);
