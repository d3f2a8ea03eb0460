import { select, type Selection } from 'd3-selection';
import { zoom as d3zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import { zoomsOnWheel } from './wheel.ts';
import type { TimelineView } from './view.ts';

/**
 * d3-zoom wired to each drawn layout (wide and narrow), kept on one shared
 * range: a gesture on the layout on screen moves the range, the other layout
 * is brought along when it comes on screen, and buttons, keys and the address
 * bar move every layout through show(). A plain wheel is left to the page
 * (wheel.ts); the narrow layout zooms only on a pinch and never on a drag,
 * since it scrolls with the page.
 */
type Svg = Selection<SVGSVGElement, unknown, null, undefined>;

export interface Zoomed {
  view: TimelineView;
  zoom: ZoomBehavior<SVGSVGElement, unknown>;
  sel: Svg;
}

/** What the chart does when the range moves. */
export interface ZoomHooks {
  /** A zoom event: the popover must close. */
  moving(): void;
  /** A gesture or a recorded move ended on this range. */
  settled(domain: [number, number]): void;
  /** The range changed without being recorded: say what is shown. */
  moved(domain: [number, number]): void;
}

/** selection.transition() is added by d3-transition (loaded by d3-zoom); its types are not installed. */
interface Transitioning {
  transition(): { duration(ms: number): { call(fn: (...args: never[]) => unknown, ...args: unknown[]): unknown } };
}
function animated(sel: Svg, ms: number) {
  return (sel as unknown as Transitioning).transition().duration(ms);
}

const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');

export class ZoomSync {
  readonly views: Zoomed[] = [];
  /** The range every layout shows (the active one's, after a gesture). */
  shared: [number, number];
  private syncing = false;

  /** What happened next: from the story's end to the record's (chart time). */
  nextDomain: [number, number];

  constructor(views: readonly TimelineView[], readonly defaultDomain: [number, number], private readonly hooks: ZoomHooks, nextDomain?: [number, number]) {
    this.nextDomain = nextDomain ?? defaultDomain;
    this.shared = defaultDomain;
    for (const view of views) this.views.push(this.setUp(view));
  }

  /** Take on a layout drawn after the chart started (the phone's, fetched): it opens on the shared range. */
  add(view: TimelineView): void {
    const zoomed = this.setUp(view);
    this.views.push(zoomed);
    const z = view.zoomForDomain(this.shared);
    this.syncing = true;
    zoomed.sel.call(zoomed.zoom.transform, zoomIdentity.translate(...view.o.xy(z.t, 0)).scale(z.k));
    this.syncing = false;
  }

  /** The layout on screen. */
  get current(): Zoomed | undefined {
    return this.views.find((v) => v.view.active) ?? this.views[0];
  }

  private setUp(view: TimelineView): Zoomed {
    const sel = select(view.svg);
    const { o } = view;
    const [p0, p1] = view.panExtent();
    const zoom = d3zoom<SVGSVGElement, unknown>()
      .scaleExtent(view.scaleExtent())
      .extent([o.xy(view.along[0], 0), o.xy(view.along[1], 1)])
      .translateExtent([o.xy(p0, -1e7), o.xy(p1, 1e7)])
      .filter((event: Event) => (event.type === 'wheel' ? zoomsOnWheel(event as WheelEvent) : o.dragPans && !(event as MouseEvent).button))
      .on('start', () => view.overview?.begin())
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        const t = event.transform;
        view.schedule({ k: t.k, t: t[o.along] });
        this.hooks.moving();
        if (!this.syncing && view.active) this.shared = view.domain;
      })
      .on('end', () => {
        view.overview?.end();
        if (!this.syncing && view.active) this.settled();
      });
    sel.call(zoom);
    if (!o.dragPans) sel.on('dblclick.zoom', null);
    return { view, zoom, sel };
  }

  /** Move every layout to a domain (the visible one animated unless motion is reduced). */
  show(domain: readonly [number, number], animate: boolean, record = true): void {
    this.syncing = true;
    for (const { view, zoom, sel } of this.views) {
      const z = view.zoomForDomain(domain);
      const transform = zoomIdentity.translate(...view.o.xy(z.t, 0)).scale(z.k);
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
    else this.hooks.moved(this.shared);
  }

  /** After a gesture: take the active layout's range and record it. */
  private settled(): void {
    const active = this.current;
    if (!active) return;
    this.shared = active.view.domain;
    // The layout off screen is brought to this range when it comes on screen
    // (the chart's media-query listener), not after every gesture.
    this.hooks.settled(this.shared);
  }

  zoomBy(factor: number): void {
    const v = this.current;
    if (!v) return;
    if (reducedMotion.matches) v.sel.call(v.zoom.scaleBy, factor);
    else animated(v.sel, 250).call(v.zoom.scaleBy, factor);
  }

  /** Pan by a fraction of the visible range (negative: earlier). */
  panBy(fraction: number): void {
    const v = this.current;
    if (!v) return;
    const [d0, d1] = v.view.domain;
    const shift = (d1 - d0) * fraction;
    this.show([d0 + shift, d1 + shift], true);
  }

  /** Centre the view on an instant, keeping the span, inside the record. */
  centreOn(t: number): void {
    const v = this.current;
    if (!v) return;
    const [d0, d1] = v.view.domain;
    const half = (d1 - d0) / 2;
    const [b0, b1] = v.view.bounds;
    const start = Math.max(b0, Math.min(t - half, b1 - 2 * half));
    this.show([start, start + 2 * half], false, false);
  }

  /** Pan so an instant is in view (recorded), if it is not already. */
  reveal(t: number): boolean {
    const v = this.current;
    if (!v) return false;
    const [d0, d1] = v.view.domain;
    if (t >= d0 && t <= d1) return false;
    const half = (d1 - d0) / 2;
    this.show([t - half, t + half], false);
    return true;
  }
}
