/**
 * Frame times while zooming the timeline with the mouse wheel: every
 * requestAnimationFrame delta during a scripted run of wheel steps in, then
 * out; the frames the compositor dropped or presented without the main
 * thread's update in the same run (a Chromium trace, which requestAnimationFrame
 * cannot see); the long animation frames (Long Animation Frames API); and,
 * before any of it, the longest task of the page's own load.
 */
import type { Browser, Page } from '@playwright/test';
import { CLS } from '../../src/timeline/model/contract.ts';
import { localOnly } from './browser.ts';
import { quantile } from './table.ts';

export interface ZoomFrames {
  /** requestAnimationFrame deltas. */
  p50: number;
  p95: number;
  frames: number;
  /** The compositor's frames that had an update to show (trace: PipelineReporter), and how they ended. */
  compositor: CompositorFrames;
  /** Long animation frames (≥ 50 ms) during the zoom, and the longest. */
  longFrames: number;
  longestFrame: number;
  /** The longest task from navigation until the chart settled, ms. */
  loadLongestTask: number;
}

export interface CompositorFrames {
  /** Frames with an update to show. */
  wanted: number;
  presented: number;
  /** Shown without the main thread's update (the zoom's new drawing missed it). */
  partial: number;
  dropped: number;
  /**
   * p95 of the time each update took to reach the screen, counting every
   * dropped or partial frame before it as one more 60 Hz interval: the frame
   * time a reader sees, drops included.
   */
  p95WithDrops: number;
}

const VSYNC_MS = 1000 / 60;

interface TraceEvent { name: string; ph: string; ts: number; args?: { frame_reporter?: { state?: string } } }

/** Count the compositor's frames in a Chromium trace (the events DevTools' frames track reads). */
export function compositorFrames(events: readonly TraceEvent[]): CompositorFrames {
  const states = events
    .filter((e) => e.name === 'PipelineReporter' && e.ph === 'b' && e.args?.frame_reporter?.state)
    .sort((a, b) => a.ts - b.ts)
    .map((e) => e.args!.frame_reporter!.state!)
    .filter((state) => state !== 'STATE_NO_UPDATE_DESIRED');
  const intervals: number[] = [];
  let missed = 0;
  for (const state of states) {
    if (state === 'STATE_PRESENTED_ALL') {
      intervals.push(VSYNC_MS * (1 + missed));
      missed = 0;
    } else missed += 1;
  }
  if (missed > 0) intervals.push(VSYNC_MS * missed);
  return {
    wanted: states.length,
    presented: states.filter((s) => s === 'STATE_PRESENTED_ALL').length,
    partial: states.filter((s) => s === 'STATE_PRESENTED_PARTIAL').length,
    dropped: states.filter((s) => s === 'STATE_DROPPED').length,
    p95WithDrops: quantile(intervals, 0.95),
  };
}

const TRACE_CATEGORIES = ['benchmark', 'disabled-by-default-devtools.timeline.frame'];

/**
 * Wait until the chart is enhanced, its overview loaded if it is dense, and
 * the page idle: on a page of 10,000 marks the first seconds after load are
 * spent parsing, laying out and hiding the marks the view leaves out, which
 * are costs of loading the page, not of zooming it.
 */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    ({ enhanced, overview, model }) => {
      const chart = document.querySelector('timeline-chart');
      if (!chart?.classList.contains(enhanced)) return false;
      // The chart's model (src/timeline/model/chart-model.ts) says how many marks it has and where dense begins.
      const data = JSON.parse(chart.querySelector(`script.${model}`)?.textContent ?? '{}') as { marks?: unknown[]; denseAbove?: number };
      const dense = (data.marks?.length ?? 0) > (data.denseAbove ?? Infinity);
      return !dense || chart.querySelector(`.${overview}`) !== null;
    },
    { enhanced: CLS.enhanced, overview: CLS.overview, model: CLS.model },
    { timeout: 120_000, polling: 250 },
  );
  for (let i = 0; i < 2; i++) await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 30_000 })));
}

export interface ZoomOptions {
  /** Wheel steps, half in and half out. */
  steps?: number;
  /**
   * Slow the CPU this many times (DevTools' CPU throttling) for the zoom
   * alone: the page loads and settles at full speed, so `loadLongestTask`
   * stays the desktop's, and the frames are a slow phone's.
   */
  cpuSlowdown?: number;
}

export async function zoomFrames(browser: Browser, url: string, { steps = 30, cpuSlowdown = 1 }: ZoomOptions = {}): Promise<ZoomFrames> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  try {
    await localOnly(page, new URL(url).origin);
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.addInitScript(() => {
      const w = window as unknown as { __longTasks: number[]; __longFrames: { start: number; duration: number }[] };
      w.__longTasks = [];
      w.__longFrames = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__longFrames.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: 'long-animation-frame', buffered: true });
    });
    // 25 MB of HTML at 10,000 events: on a busy machine it can take longer than Playwright's default 30 s.
    await page.goto(url, { waitUntil: 'networkidle', timeout: 120_000 });
    await settled(page);
    const loadLongestTask = await page.evaluate(() => Math.max(0, ...(window as unknown as { __longTasks: number[] }).__longTasks));
    // The chart: the visible SVG whose marks are links (icons in the legend have none).
    const svg = page.locator('main svg:has(a[href]) >> visible=true').first();
    if ((await svg.count()) === 0) throw new Error(`no <svg> with links in ${url} (is the timeline still a placeholder?)`);
    await svg.scrollIntoViewIfNeeded();
    const box = await svg.boundingBox();
    if (!box) throw new Error('the timeline SVG is not displayed');
    // What the axis reads: it changes with any zoom. Cheap on purpose: it is also taken while frames are
    // recorded, and serialising a chart of 10,000 marks would stall the page and be counted as a frame.
    const snapshot = () => svg.evaluate((el, axis) => el.querySelector(`.${axis}`)?.textContent ?? '', CLS.axis);
    const before = await snapshot();
    if (cpuSlowdown !== 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });

    await page.evaluate(() => {
      const w = window as unknown as { __frames: number[]; __recording: boolean };
      w.__frames = [];
      w.__recording = true;
      let last = performance.now();
      const tick = (now: number) => {
        w.__frames.push(now - last);
        last = now;
        if (w.__recording) requestAnimationFrame(tick);
      };
      requestAnimationFrame((now) => {
        last = now;
        requestAnimationFrame(tick);
      });
    });
    await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 300));
    const zoomStart = await page.evaluate(() => performance.now());
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    for (let i = 0; i < steps; i++) {
      // Ctrl + wheel zooms (a plain wheel scrolls the page).
      await page.keyboard.down('Control');
      await page.mouse.wheel(0, i < steps / 2 ? -120 : 120);
      await page.keyboard.up('Control');
      await page.waitForTimeout(30);
      if (i === Math.floor(steps / 2) - 1 && (await snapshot()) === before) throw new Error('wheel over the timeline changed nothing (no zoom yet)');
    }
    await page.waitForTimeout(300);
    const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
    const { frames, longFrames } = await page.evaluate((since) => {
      const w = window as unknown as { __frames: number[]; __recording: boolean; __longFrames: { start: number; duration: number }[] };
      w.__recording = false;
      return { frames: w.__frames, longFrames: w.__longFrames.filter((f) => f.start >= since).map((f) => f.duration) };
    }, zoomStart);
    if (frames.length < 10) throw new Error(`only ${frames.length} frames recorded`);
    return {
      p50: quantile(frames, 0.5),
      p95: quantile(frames, 0.95),
      frames: frames.length,
      compositor: compositorFrames(trace.traceEvents),
      longFrames: longFrames.length,
      longestFrame: Math.max(0, ...longFrames),
      loadLongestTask,
    };
  } finally {
    await context.close();
  }
}
