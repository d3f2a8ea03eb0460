/**
 * `npm run bench`: a benchmark, not a test. Builds the real site and a
 * generated 1,000-piece / 10,000-event corpus, runs Lighthouse, zooms the big
 * timeline, times search, and sets TimelineJS3 beside this site's timeline.
 * Prints one table (and writes it as JSON to bench-results/). A step that
 * fails prints "failed: <reason>" in its cells; the others still run.
 * How to read it: docs/bench.md.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import type { Browser } from '@playwright/test';
import { Results, kb, mb, median, millis, seconds, type RowSpec } from './table.ts';
import type { ZoomFrames } from './zoom.ts';

/** The compositor's side of a zoom run: what requestAnimationFrame cannot see. */
const dropped = (run: ZoomFrames) =>
  `p95 ${millis(run.compositor.p95WithDrops)} counting drops: ${run.compositor.dropped} dropped + ${run.compositor.partial} partial of ${run.compositor.wanted} frames with an update; ${run.longFrames} long animation frames${run.longFrames ? `, longest ${millis(run.longestFrame)}` : ''}`;
import { freePort, loadAverage, run, startPreview, startStatic, tail, wallAndCpu, type Running } from './process.ts';
import { findPhase, readBuildLog } from './build-log.ts';
import { builtIndex, folderSize, runPagefind } from './pagefind.ts';
import { prepareCorpusProject, buildCorpus, sampleCardCost, type CorpusProject } from './corpus.ts';
import { DEFAULT_SIZE } from './corpus-content.ts';
import { timelineSvg } from './timeline-svg.ts';
import { launch, timeToFirst } from './browser.ts';
import { zoomFrames } from './zoom.ts';
import { distinctiveWord } from './search-probe.ts';
import { readEvents, setUpTimelineJs } from './timelinejs.ts';
import { formatScores, lighthouse, medianScores } from './lighthouse.ts';
import { describeWire, pageOnWire } from './wire.ts';
import { describePhoneRow, phoneRow, PHONE, type PhoneNetwork } from './phone.ts';
import { startSlowLink } from './slow-link.ts';
import { startNginx, stopNginx } from '../serve-nginx.ts';
import { chosenStages, describeStage, timeStage } from './suite.ts';
import { STAGES } from '../test-stages.ts';

const root = resolve(import.meta.dirname, '..', '..');
const OUR_EVENT_MARK = 'main svg a';
const TLJS_EVENT_MARK = '.tl-timemarker';
const size = DEFAULT_SIZE;
const LIGHTHOUSE_PAGES = ['home', 'piece', 'claim', 'event', 'timeline', 'search'] as const;
const PHONE_PAGES = ['home', 'piece', 'claim', 'timeline', 'search'] as const;
const PHONE_NETWORKS: readonly PhoneNetwork[] = ['devtools', 'link'];
/** The DevTools rows keep the keys earlier results were saved under. */
const phoneKey = (page: string, network: PhoneNetwork) => (network === 'devtools' ? `phone.${page}` : `phone.link.${page}`);
const PHONE_SECTION = `phone: ${PHONE.width} px, ${PHONE.latencyMs} ms RTT, ${(PHONE.downKbps / 1000).toFixed(2)} Mbps down, CPU ${PHONE.cpuSlowdown}× slower, cold, the site's nginx`;

const ZOOM = `timeline at ${size.events} events (the dense fixture at this size; BENCH_ONLY=zoom-corpus: the corpus's /timeline/)`;
const SUITE = 'test suite, each stage alone (opt-in: --suite)';
const SUITE_TARGETS: Record<string, string> = { e2e: '≤ 3 min' };
const CORPUS = `corpus: ${size.pieces} pieces, ${size.pieces * size.claimsPerPiece} claims, ${size.events} events`;

const rows: RowSpec[] = [
  { key: 'machine.load', section: 'machine', measure: 'load average at the start / at the end (others share the machine: compare CPU time)' },
  { key: 'build.total', section: 'real site build', measure: 'astro build, wall clock (all steps) and CPU time (user + sys, GNU time)', target: '≤ 20 s wall' },
  { key: 'build.types', section: 'real site build', measure: 'content sync and types' },
  { key: 'build.bundle', section: 'real site build', measure: 'bundling (vite)' },
  { key: 'build.pages', section: 'real site build', measure: 'rendering pages' },
  { key: 'build.pagefind', section: 'real site build', measure: 'Pagefind index' },
  { key: 'build.images', section: 'real site build', measure: 'share images' },
  { key: 'build.other', section: 'real site build', measure: 'other timed integration steps' },
  { key: 'corpus.build', section: CORPUS, measure: 'astro build, wall clock and CPU time', target: '≤ 3 min wall' },
  { key: 'corpus.memory', section: CORPUS, measure: 'peak memory (largest process)' },
  { key: 'corpus.growth', section: CORPUS, measure: 'growth: a 10% corpus → the full corpus', target: 'time grows no faster than pages (linear)' },
  { key: 'corpus.pagefind', section: CORPUS, measure: 'Pagefind index size' },
  { key: 'corpus.svg', section: CORPUS, measure: 'timeline SVG size (raw / gzip)' },
  { key: 'corpus.images', section: CORPUS, measure: 'share images, cold, one worker (sampled; not in the build time above)' },
  { key: 'corpus.images.all', section: CORPUS, measure: 'share images, cold, one worker per core (sampled)' },
  { key: 'corpus.render', section: CORPUS, measure: 'timeline page render at build' },
  { key: 'corpus.search.day', section: CORPUS, measure: 'search: a day ("19 June 2018"), cold', target: '≤ 60 KB fetched by the query' },
  { key: 'corpus.search.date', section: CORPUS, measure: 'search: a month ("June 2018"), cold', target: '≤ 60 KB fetched by the query' },
  { key: 'corpus.search.year', section: CORPUS, measure: 'search: a whole year ("2018"), cold', target: '≤ 60 KB fetched by the query' },
  { key: 'corpus.search.months', section: CORPUS, measure: 'search: months of a year ("March to June 2018"), cold', target: '≤ 60 KB fetched by the query' },
  { key: 'corpus.search.years', section: CORPUS, measure: 'search: two years ("2017..2018"), cold', target: '≤ 60 KB fetched by the query' },
  { key: 'corpus.search.files', section: CORPUS, measure: 'search: the date files each of those queries fetches, worked out from the corpus content by the build\'s own functions (scripts/bench/search-dates.ts), gzip -9', target: '≤ 60 KB each' },
  { key: 'corpus.search.whole', section: CORPUS, measure: 'search: the whole date index (/search/dates.json), gzipped, which a date query no longer fetches' },
  ...LIGHTHOUSE_PAGES.map((p) => ({ key: `lh.${p}`, section: 'Lighthouse (real site, astro preview)', measure: p, target: '100 · 100 · 100 · 100' })),
  { key: 'zoom.build', section: ZOOM, measure: 'the page measured, and its build (wall clock and CPU time)' },
  { key: 'zoom.p50', section: ZOOM, measure: 'frame time while wheel-zooming, p50' },
  { key: 'zoom.p95', section: ZOOM, measure: 'frame time while wheel-zooming, p95', target: '≤ 20 ms' },
  { key: 'zoom.dropped', section: ZOOM, measure: 'frames the compositor dropped or showed without the update (trace), p95 counting them; long animation frames', target: 'p95 ≤ 33 ms' },
  { key: 'zoom.slow', section: ZOOM, measure: 'the same zoom with the CPU 4× slower (loaded at full speed): p95 counting dropped frames; requestAnimationFrame p95; long animation frames', target: 'p95 ≤ 33 ms counting drops' },
  { key: 'zoom.whole', section: ZOOM, measure: 'the same from the whole record (every mark in view), p50 / p95', target: 'p95 ≤ 33 ms' },
  { key: 'zoom.whole.dropped', section: ZOOM, measure: 'whole record: dropped frames and p95 counting them; long animation frames', target: 'p95 ≤ 33 ms' },
  { key: 'zoom.load', section: ZOOM, measure: 'page load: longest task from navigation until the chart settles (1280 px, CPU not slowed)', target: '≤ 200 ms' },
  { key: 'search.date', section: 'search vs Pagefind default UI (real site, cold, same index)', measure: 'this site: date-only query', target: 'no wasm; ≤ 0.5× peer bytes, ≤ peer time' },
  { key: 'search.peer.date', section: 'search vs Pagefind default UI (real site, cold, same index)', measure: 'Pagefind UI: the same query' },
  { key: 'search.word', section: 'search vs Pagefind default UI (real site, cold, same index)', measure: 'this site: first word query', target: '≤ 0.5× peer bytes, ≤ peer time' },
  { key: 'search.peer.word', section: 'search vs Pagefind default UI (real site, cold, same index)', measure: 'Pagefind UI: the same query' },
  { key: 'cmp.ours.weight', section: 'timeline vs TimelineJS3 (same events)', measure: 'this site: whole page on the wire (every request of a cold load; text at gzip -9)' },
  { key: 'cmp.tl.weight', section: 'timeline vs TimelineJS3 (same events)', measure: 'TimelineJS3: whole page on the wire, the same way' },
  { key: 'cmp.ours.first', section: 'timeline vs TimelineJS3 (same events)', measure: 'this site: time to first rendered event' },
  { key: 'cmp.tl.first', section: 'timeline vs TimelineJS3 (same events)', measure: 'TimelineJS3: time to first rendered event' },
  ...PHONE_NETWORKS.flatMap((network) => PHONE_PAGES.map((p) => ({
    key: phoneKey(p, network),
    section: `${PHONE_SECTION}; ${network === 'devtools' ? 'DevTools throttling (latency per response, connections free)' : 'through a slow link (a new connection costs a round trip)'}`,
    measure: `${p}: first contentful paint beside the HTML alone`,
    target: p === 'timeline' || p === 'search' ? 'FCP ≤ 1.25× the floor; CLS 0' : 'FCP ≤ 1.25× the floor',
  }))),
  ...STAGES.map((s) => ({ key: `suite.${s.name}`, section: SUITE, measure: `${s.name}: npm run ${s.script} (${s.what})`, ...(SUITE_TARGETS[s.name] ? { target: SUITE_TARGETS[s.name]! } : {}) })),
  { key: 'suite.sum', section: SUITE, measure: 'the stages above, one after another (npm test runs independent ones side by side)', target: 'npm test ≤ 4 min 30 s' },
];
const results = new Results(rows);
/**
 * BENCH_ONLY=zoom (or a comma list of build, lighthouse, search, timelinejs,
 * corpus, zoom) runs only those steps and the builds they need; the other
 * rows print "skipped". Unset: every step.
 */
const STEPS = ['build', 'lighthouse', 'search', 'timelinejs', 'phone', 'corpus', 'zoom', 'zoom-corpus', 'suite'] as const;
type Step = (typeof STEPS)[number];
const only = (process.env['BENCH_ONLY'] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
const unknownSteps = only.filter((s) => !(STEPS as readonly string[]).includes(s));
if (unknownSteps.length) throw new Error(`BENCH_ONLY: no step named ${unknownSteps.join(', ')} (steps: ${STEPS.join(', ')})`);
/**
 * The suite's stages take minutes and write dist/ in the project, so they run
 * only when asked: `npm run bench -- --suite` (every stage), `--suite=unit,check`
 * (those), or BENCH_ONLY=suite (the suite alone, every stage unless --suite= names some).
 */
const suiteFlag = process.argv.slice(2).find((a) => a === '--suite' || a.startsWith('--suite='));
const runsSuite = suiteFlag !== undefined || only.includes('suite');
const runs = (...steps: Step[]) => only.length === 0 || steps.some((s) => only.includes(s));
const keysOf = (prefix: string) => rows.filter((r) => r.key.startsWith(prefix)).map((r) => r.key);
/** Run a step when BENCH_ONLY selects it; otherwise its rows say it was skipped. */
const step = (wanted: boolean, keys: readonly string[], fn: () => Promise<void>) => (wanted ? results.step(keys, fn) : results.skip(keys, `skipped (BENCH_ONLY=${only.join(',')})`));
const log = (message: string) => console.error(`bench: ${message}`);

const loadAtStart = loadAverage();
log(loadAtStart);

let browser: Browser | undefined;
const getBrowser = async () => (browser ??= await launch());
const servers: Running[] = [];
const LIGHTHOUSE_RUNS = Number(process.env['LIGHTHOUSE_RUNS'] ?? 3);
const ZOOM_RUNS = Number(process.env['ZOOM_RUNS'] ?? 3);
/** DevTools' CPU throttling for the slow zoom row: the phone profile's slowdown. */
const ZOOM_SLOWDOWN = PHONE.cpuSlowdown;

/**
 * Every zoom row from one page: the default view at full speed (with the
 * load's longest task), the same at ZOOM_SLOWDOWN× CPU, then the whole record.
 * The median run by p95 (p95 counting drops for the slow row), as frame times
 * vary from run to run on a shared machine, with the load average beside each.
 */
async function measureZoom(baseUrl: string, path: string): Promise<void> {
  log(`zooming ${path} at ${size.events} events (${ZOOM_RUNS} runs a view)`);
  const runs = async (url: string, cpuSlowdown = 1, by: (r: ZoomFrames) => number = (r) => r.p95) => {
    const all: ZoomFrames[] = [];
    const loads: string[] = [];
    for (let i = 0; i < ZOOM_RUNS; i++) {
      loads.push(loadavg().map((l) => l.toFixed(1)).join(' / '));
      all.push(await zoomFrames(await getBrowser(), url, { cpuSlowdown }));
    }
    const sorted = [...all].sort((a, b) => by(a) - by(b));
    return { median: sorted[Math.floor((sorted.length - 1) / 2)]!, each: all.map((r, i) => `${millis(by(r))} [load ${loads[i]}]`).join(', '), all };
  };
  const url = `${baseUrl}${path}`;
  const frames = await runs(url);
  results.set('zoom.p50', `${millis(frames.median.p50)} (${frames.median.frames} frames)`);
  results.set('zoom.p95', `${millis(frames.median.p95)} (median of ${ZOOM_RUNS} runs: ${frames.each}; requestAnimationFrame only)`);
  results.set('zoom.dropped', dropped(frames.median));
  const loads = frames.all.map((r) => r.loadLongestTask);
  results.set('zoom.load', `${millis(median(loads))} (median of ${loads.length} loads: ${loads.map(millis).join(', ')})`);
  const slow = await runs(url, ZOOM_SLOWDOWN, (r) => r.compositor.p95WithDrops);
  results.set('zoom.slow', `${millis(slow.median.compositor.p95WithDrops)} counting drops (median of ${ZOOM_RUNS} runs: ${slow.each}); ${dropped(slow.median)}; requestAnimationFrame p95 ${millis(slow.median.p95)}`);
  // Months far outside the record are clamped to it: the whole record.
  const whole = await runs(`${url}?from=1900-01&to=2199-12`);
  results.set('zoom.whole', `${millis(whole.median.p50)} / ${millis(whole.median.p95)} (${whole.median.frames} frames; p95 of ${ZOOM_RUNS} runs: ${whole.each})`);
  results.set('zoom.whole.dropped', dropped(whole.median));
}

// On a shared machine a phone load's FCP varies 2-4× from run to run: PHONE_RUNS=5 or more for a median worth comparing.
const PHONE_RUNS = Number(process.env['PHONE_RUNS'] ?? 3);

// ── The real site ────────────────────────────────────────────────────────
const port = await freePort();
const siteUrl = `http://127.0.0.1:${port}`;
// Built outside the project, so neither dist/ nor the type checker sees it.
const siteDist = mkdtempSync(join(tmpdir(), 'lips-site-'));
// mkdtemp makes the folder private (0700); nginx's workers, which drop root, must read it.
chmodSync(siteDist, 0o755);
let site: Running | undefined;

await step(runs('build', 'lighthouse', 'search', 'timelinejs', 'phone'), keysOf('build.'), async () => {
  log(`building the real site into ${siteDist}`);
  const build = await run('npx', ['astro', 'build', '--outDir', siteDist], { cwd: root, env: { SITE_URL: siteUrl }, timeoutMs: 10 * 60_000 });
  if (build.code !== 0) throw new Error(`astro build failed: ${tail(build.output)}`);
  const phases = readBuildLog(build.output);
  const realPages = Number(/(\d+) page\(s\) built/.exec(build.output)?.[1] ?? 0);
  results.set('build.total', `${wallAndCpu(build)} (${realPages} pages)`);
  results.set('build.types', phases.types !== null ? millis(phases.types) : 'failed: no "[types] Generated" line in the build log');
  results.set('build.bundle', phases.bundle !== null ? millis(phases.bundle) : 'failed: no "[vite] built in" line in the build log');
  results.set('build.pages', phases.pages !== null ? millis(phases.pages) : 'failed: no "generating static routes … Completed" in the build log');
  const images = findPhase(phases, /image|card|png|og\b/i);
  const pngs = readdirSync(siteDist, { recursive: true }).filter((f) => String(f).endsWith('.png')).length;
  results.set('build.images', images ? `${millis(images.ms)} [${images.label}] (${pngs} PNGs)` : `failed: the build logs no timing for images (${pngs} PNGs in the output)`);
  const pagefind = findPhase(phases, /pagefind/i);
  const index = builtIndex(siteDist);
  if (pagefind) results.set('build.pagefind', `${millis(pagefind.ms)} (in the build)`);
  else if (index) results.set('build.pagefind', `failed: the build made an index but logs no time for it (${kb(folderSize(index).bytes)})`);
  else {
    const ms = await runPagefind(root, siteDist, join(siteDist, 'pagefind'));
    results.set('build.pagefind', `${millis(ms)} (CLI run by the bench: the build makes no index yet)`);
  }
  const others = phases.integrations.filter((p) => p !== images && p !== pagefind);
  results.set('build.other', others.length ? others.map((p) => `[${p.label}] ${millis(p.ms)}`).join('; ') : 'none logged');
});

await step(runs('lighthouse', 'search', 'timelinejs'), [...keysOf('lh.'), ...keysOf('search.'), ...keysOf('cmp.')], async () => {
  if (!existsSync(join(siteDist, 'index.html'))) throw new Error('the real site did not build');
  // Pagefind's own UI on a bare page over the same index, the search benchmark's peer.
  const { writePeerPage } = await import('./search.ts');
  writePeerPage(siteDist);
  site = await startPreview(root, siteDist, port);
  servers.push(site);
});

interface ClaimRow { id: string; piece: string; quote: string }
const claims: ClaimRow[] = existsSync(join(siteDist, 'claims.json')) ? (JSON.parse(readFileSync(join(siteDist, 'claims.json'), 'utf8')) as ClaimRow[]) : [];
const firstEvent = existsSync(join(siteDist, 'events', 'index.html')) ? /href="[^"]*?(\/events\/[a-z0-9-]+\/)"/.exec(readFileSync(join(siteDist, 'events', 'index.html'), 'utf8'))?.[1] : undefined;
const lighthousePaths: Record<(typeof LIGHTHOUSE_PAGES)[number], string | undefined> = {
  home: '/',
  piece: claims[0] ? `/articles/${claims[0].piece}/` : undefined,
  claim: claims[0] ? `/claims/${claims[0].id}/` : undefined,
  event: firstEvent,
  timeline: '/timeline/',
  search: '/search/?q=June+2018',
};

for (const name of LIGHTHOUSE_PAGES) {
  await step(runs('lighthouse'), [`lh.${name}`], async () => {
    if (!site) throw new Error('no preview server');
    const path = lighthousePaths[name];
    if (!path) throw new Error('no such page in the build');
    log(`lighthouse ${path}`);
    // Lighthouse scores vary from run to run on a busy machine: report the median of each category.
    const runs = [];
    for (let i = 0; i < LIGHTHOUSE_RUNS; i++) runs.push(await lighthouse(root, `${site.url}${path}`));
    results.set(`lh.${name}`, `${formatScores(medianScores(runs))}  (${path}, median of ${runs.length})`);
  });
}

// ── Search ───────────────────────────────────────────────────────────────
await step(runs('search'), keysOf('search.'), async () => {
  if (!site) throw new Error('no preview server');
  const word = distinctiveWord(claims.map((c) => c.quote));
  const { benchSearch, compare, describePeer } = await import('./search.ts');
  log('search: this site and Pagefind\'s default UI, cold');
  const out = await benchSearch({ baseUrl: site.url, browser: await getBrowser(), dateQuery: 'June 2018', wordQuery: word });
  results.set('search.date', compare(out.dateOnly, out.peerDateOnly));
  results.set('search.peer.date', describePeer(out.peerDateOnly));
  results.set('search.word', compare(out.firstWord, out.peerFirstWord));
  results.set('search.peer.word', describePeer(out.peerFirstWord));
});

// ── This timeline against TimelineJS3 ───────────────────────────────────
await step(runs('timelinejs'), ['cmp.ours.weight'], async () => {
  if (!site) throw new Error('no preview server');
  results.set('cmp.ours.weight', describeWire(await pageOnWire(await getBrowser(), `${site.url}/timeline/`)));
});
await step(runs('timelinejs'), ['cmp.ours.first'], async () => {
  if (!site) throw new Error('no preview server');
  const first = await timeToFirst(await getBrowser(), `${site.url}/timeline/`, OUR_EVENT_MARK);
  results.set('cmp.ours.first', `${millis(first.ms)} (median of 3 cold loads${first.blocked.length ? `; blocked ${first.blocked.length} requests to other origins` : ''})`);
});
await step(runs('timelinejs'), ['cmp.tl.weight', 'cmp.tl.first'], async () => {
  const events = readEvents(root);
  log(`installing TimelineJS3 into a temporary folder, drawing ${events.length} events`);
  const tl = await setUpTimelineJs(events);
  try {
    const server = await startStatic(tl.folder);
    servers.push(server);
    // Its events arrive as a script (data.js): counted as data, as ours are in the HTML.
    results.set('cmp.tl.weight', `${describeWire(await pageOnWire(await getBrowser(), `${server.url}/`, [/\/data\.js$/]))}  (@knight-lab/timelinejs ${tl.version}; JS / CSS files alone ${kb(tl.jsGzip)} / ${kb(tl.cssGzip)})`);
    const first = await timeToFirst(await getBrowser(), `${server.url}/`, TLJS_EVENT_MARK);
    const blocked = first.blocked.length ? `; blocked ${first.blocked.length} requests to ${[...new Set(first.blocked.map((u) => new URL(u).host))].join(', ')}` : '';
    results.set('cmp.tl.first', `${millis(first.ms)} (median of 3 cold loads, ${events.length} events${blocked})`);
    server.stop();
  } finally {
    tl.remove();
  }
});
site?.stop();

// ── The phone profile, through the site's own nginx configuration ─────────
await step(runs('phone'), keysOf('phone.'), async () => {
  if (!existsSync(join(siteDist, 'index.html'))) throw new Error('the real site did not build');
  const nginxPort = await freePort();
  const served = startNginx(nginxPort, { dist: siteDist, base: '/', detached: true });
  served.process.unref();
  try {
    const url = `http://127.0.0.1:${nginxPort}`;
    for (let tries = 0; !(await fetch(`${url}/`).then((r) => r.ok, () => false)); tries++) {
      if (tries > 50) throw new Error(`nginx did not answer on ${url} (see ${served.work}/error.log)`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const linkPort = await freePort();
    const link = await startSlowLink(linkPort, nginxPort, PHONE);
    const bases: Record<PhoneNetwork, string> = { devtools: url, link: `http://127.0.0.1:${linkPort}` };
    const paths: Record<(typeof PHONE_PAGES)[number], string | undefined> = { home: '/', piece: lighthousePaths.piece, claim: lighthousePaths.claim, timeline: '/timeline/', search: '/search/?q=June+2018' };
    try {
      for (const network of PHONE_NETWORKS) {
        for (const name of PHONE_PAGES) {
          await results.step([phoneKey(name, network)], async () => {
            const path = paths[name];
            if (!path) throw new Error('no such page in the build');
            log(`phone profile ${path} (${network})`);
            results.set(phoneKey(name, network), describePhoneRow(await phoneRow(await getBrowser(), bases[network], path, PHONE_RUNS, network)));
          });
        }
      }
    } finally {
      link.close();
    }
  } finally {
    stopNginx(nginxPort);
  }
});

/**
 * The zoom rows are measured on the dense fixture built at the corpus's number
 * of events (below), unless BENCH_ONLY names zoom-corpus: then on the corpus's
 * own /timeline/, after its full build.
 */
const zoomOnCorpus = only.includes('zoom-corpus');

// ── The generated corpus ─────────────────────────────────────────────────
let corpus: CorpusProject | undefined;
const corpusPort = await freePort();
await step(runs('corpus') || zoomOnCorpus, [...keysOf('corpus.'), ...(zoomOnCorpus ? keysOf('zoom.') : [])], async () => {
  log(`generating the corpus and building it (${size.pieces} pieces, ${size.events} events)`);
  corpus = prepareCorpusProject(root, size);
  const build = await buildCorpus(corpus, `http://127.0.0.1:${corpusPort}`);
  const dist = join(corpus.root, 'dist');
  const pages = Number(/(\d+) page\(s\) built/.exec(build.output)?.[1] ?? 0);
  results.set('corpus.build', `${wallAndCpu(build)} (${pages} pages from ${corpus.files} files)`);
  results.set('corpus.memory', build.peakMB !== null ? `${Math.round(build.peakMB)} MB` : 'failed: /usr/bin/time is not installed');
  await step(runs('corpus'), ['corpus.growth'], async () => {
    // The same generator at a tenth of the size: if the build is linear, ten times the pages take about ten times as long.
    const small = prepareCorpusProject(root, { ...size, pieces: size.pieces / 10, events: size.events / 10 });
    try {
      const smallBuild = await buildCorpus(small, `http://127.0.0.1:${corpusPort}`);
      const smallPages = Number(/(\d+) page\(s\) built/.exec(smallBuild.output)?.[1] ?? 0);
      const cpu = (r: typeof build) => (r.cpu ? r.cpu.userMs + r.cpu.sysMs : Number.NaN);
      const cpuGrowth = smallBuild.cpu && build.cpu ? `; CPU ${seconds(cpu(smallBuild))} → ${seconds(cpu(build))}, ${(cpu(build) / cpu(smallBuild)).toFixed(1)}×` : '; CPU time unknown';
      results.set('corpus.growth', `wall ${seconds(smallBuild.ms)} (${smallPages} pages) → ${seconds(build.ms)} (${pages} pages): ${(build.ms / smallBuild.ms).toFixed(1)}× the time for ${(pages / smallPages).toFixed(1)}× the pages, ${millis((build.ms - smallBuild.ms) / (pages - smallPages))} per extra page${cpuGrowth}`);
    } finally {
      small.remove();
    }
  });
  const phases = readBuildLog(build.output);
  await step(runs('corpus'), ['corpus.pagefind'], async () => {
    const index = builtIndex(dist);
    if (index) {
      const { bytes, files } = folderSize(index);
      const timed = findPhase(phases, /pagefind/i);
      results.set('corpus.pagefind', `${mb(bytes)} in ${files} files${timed ? `, built in ${millis(timed.ms)}` : ''}`);
    } else {
      const ms = await runPagefind(corpus!.root, dist, join(dist, 'pagefind'));
      const { bytes, files } = folderSize(join(dist, 'pagefind'));
      results.set('corpus.pagefind', `${mb(bytes)} in ${files} files, ${seconds(ms)} (CLI run by the bench: the build makes no index yet)`);
    }
  });
  await step(runs('corpus'), ['corpus.images', 'corpus.images.all'], async () => {
    const cost = await sampleCardCost(corpus!, 200);
    const project = (ms: number) => seconds((cost.cards * ms) / cost.sampled);
    results.set('corpus.images', `${cost.sampled} cards in ${seconds(cost.oneMs)} → ${cost.cards} cards ≈ ${project(cost.oneMs)} on one thread, once; later builds re-render only changed cards`);
    results.set('corpus.images.all', `${cost.sampled} cards in ${seconds(cost.allMs)} on ${cost.workers} threads → ${cost.cards} cards ≈ ${project(cost.allMs)} (${(cost.oneMs / cost.allMs).toFixed(1)}× one thread)`);
  });
  await step(runs('corpus'), ['corpus.svg'], async () => {
    const svg = timelineSvg(dist);
    results.set('corpus.svg', `${kb(svg.bytes)} / ${kb(svg.gzip)} (${svg.marks} links)`);
  });
  const render = phases.pageMs('/timeline/index.html');
  results.set('corpus.render', render !== null ? millis(render) : 'failed: no "/timeline/index.html (+…ms)" line in the build log');

  await step(runs('corpus'), ['corpus.search.files'], async () => {
    const { corpusSite, dateQuerySizes, describeDateSize } = await import('./search-dates.ts');
    const sizes = await dateQuerySizes(await corpusSite(root, size));
    results.set('corpus.search.files', sizes.map((s) => `"${s.query}" ${describeDateSize(s)}`).join('; '));
  });
  const dateRows = { 'corpus.search.day': '19 June 2018', 'corpus.search.date': 'June 2018', 'corpus.search.year': '2018', 'corpus.search.months': 'March to June 2018', 'corpus.search.years': '2017..2018' } as const;
  await step(runs('corpus'), [...Object.keys(dateRows), 'corpus.search.whole'], async () => {
    const preview = await startPreview(corpus!.root, 'dist', corpusPort);
    servers.push(preview);
    try {
      const { benchDateQuery, describeDate } = await import('./search.ts');
      for (const [key, query] of Object.entries(dateRows)) {
        log(`search at the corpus: "${query}", cold`);
        results.set(key, describeDate(await benchDateQuery(await getBrowser(), preview.url, query)));
      }
      const whole = join(dist, 'search', 'dates.json');
      results.set('corpus.search.whole', existsSync(whole) ? kb(gzipSync(readFileSync(whole)).length) : 'none written');
    } finally {
      preview.stop();
    }
  });

  // The old way, kept for comparison: the corpus's own /timeline/, after its full build (BENCH_ONLY=zoom-corpus).
  if (zoomOnCorpus) await results.step(keysOf('zoom.'), async () => {
    const preview = await startPreview(corpus!.root, 'dist', corpusPort);
    servers.push(preview);
    try {
      results.set('zoom.build', `the corpus's /timeline/ (its build: the corpus row above)`);
      await measureZoom(preview.url, '/timeline/');
    } finally {
      preview.stop();
    }
  });
});

// ── The timeline at the corpus's scale, without the corpus ───────────────
/**
 * The dense chart's fixture site (tests/fixtures/dense-site/) built with the
 * corpus's number of events, spread over the corpus's years, into a folder of
 * its own: the site's real timeline section on a page of its own, in about a
 * minute instead of the corpus's full build (1,000 pieces' pages and 13,000
 * event and claim pages). The tests' own fixture build is left alone.
 */
await step(runs('zoom') && !zoomOnCorpus, keysOf('zoom.'), async () => {
  const out = mkdtempSync(join(tmpdir(), 'lips-dense-'));
  try {
    log(`building the dense fixture with ${size.events} events into ${out}`);
    const build = await run(process.execPath, ['scripts/build-dense-fixture.ts', '--events', String(size.events), '--out', out], { cwd: root, timeoutMs: 10 * 60_000 });
    if (build.code !== 0) throw new Error(`the dense fixture did not build: ${tail(build.output)}`);
    const html = join(out, 'dense', 'index.html');
    results.set('zoom.build', `the dense fixture's /dense/ at ${size.events} events (${mb(readFileSync(html).length)} of HTML), built in ${wallAndCpu(build)}`);
    const server = await startStatic(out);
    try {
      await measureZoom(server.url, '/dense/');
    } finally {
      server.stop();
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

// ── The test suite, stage by stage (last: its build writes the project's dist/) ──
if (runsSuite) {
  await step(true, [...keysOf('suite.')], async () => {
    const stages = chosenStages(suiteFlag ?? '--suite');
    let wall = 0;
    let cpu = 0;
    for (const stage of stages) {
      log(`test suite: npm run ${stage.script}, alone`);
      const timed = await timeStage(root, stage);
      results.set(`suite.${stage.name}`, describeStage(timed));
      wall += timed.wallMs;
      cpu += timed.cpuMs ?? Number.NaN;
    }
    for (const stage of STAGES.filter((s) => !stages.includes(s))) results.set(`suite.${stage.name}`, `skipped (${suiteFlag} names other stages)`);
    results.set('suite.sum', `${seconds(wall)} wall, ${Number.isNaN(cpu) ? 'CPU unknown' : `${seconds(cpu)} CPU`} (${stages.map((s) => s.name).join(' + ')})`);
  });
} else {
  await results.skip(keysOf('suite.'), 'skipped (opt-in: npm run bench -- --suite; it runs every stage of npm test, several minutes)');
}

for (const server of servers) server.stop();
results.set('machine.load', `${loadAtStart} → ${loadAverage()}`);
await browser?.close();
corpus?.remove();
rmSync(siteDist, { recursive: true, force: true });

console.log(`\nLips and Teeth benchmark — ${new Date().toISOString()}\n`);
console.log(results.render());
mkdirSync(join(root, 'bench-results'), { recursive: true });
const file = join(root, 'bench-results', `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(file, `${JSON.stringify(results.toJSON(), null, 2)}\n`);
console.log(`\n(also written to ${file.slice(root.length + 1)})`);
