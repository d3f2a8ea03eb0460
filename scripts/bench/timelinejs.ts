/**
 * TimelineJS3, the tool readers would otherwise use, drawing the same events:
 * installed from npm into a temporary folder at bench time (never into the
 * project), fed our events in its JSON format, served locally.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { gzipSize } from '../../tests/dist/lib/weigh.ts';
import { run, tail } from './process.ts';

interface OurEvent { id: string; title: string; start: string; end?: string; precision: string; summary: string; lane: string }

/** Our events, read from the content files' frontmatter. */
export function readEvents(projectRoot: string): OurEvent[] {
  const folder = join(projectRoot, 'content', 'events');
  return readdirSync(folder)
    .filter((f) => f.endsWith('.md'))
    .map((f) => {
      const text = readFileSync(join(folder, f), 'utf8');
      const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
      return parse(front, { schema: 'core' }) as OurEvent;
    });
}

interface TLDate { year: number; month?: number; day?: number }
function tlDate(iso: string, precision: string): TLDate {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  if (precision === 'year') return { year };
  if (precision === 'month' || precision === 'season') return { year, month };
  return { year, month, day };
}

/** Our events in TimelineJS3's JSON format. */
export function toTimelineJs(events: readonly OurEvent[]): unknown {
  return {
    events: events.map((e) => ({
      unique_id: e.id,
      start_date: tlDate(e.start, e.precision),
      ...(e.end && e.end !== e.start ? { end_date: tlDate(e.end, e.precision) } : {}),
      text: { headline: e.title, text: e.summary },
      group: e.lane,
    })),
  };
}

export interface TimelineJsSetup {
  /** The folder to serve. */
  folder: string;
  version: string;
  jsGzip: number;
  cssGzip: number;
  remove: () => void;
}

/** Install @knight-lab/timelinejs@3 into a temporary folder and write a page that draws `events`. */
export async function setUpTimelineJs(events: readonly OurEvent[]): Promise<TimelineJsSetup> {
  const folder = mkdtempSync(join(tmpdir(), 'timelinejs3-'));
  const remove = () => rmSync(folder, { recursive: true, force: true });
  try {
    writeFileSync(join(folder, 'package.json'), '{"private":true}\n');
    const install = await run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '@knight-lab/timelinejs@3'], { cwd: folder, timeoutMs: 5 * 60_000 });
    const pkg = join(folder, 'node_modules', '@knight-lab', 'timelinejs');
    if (install.code !== 0 || !existsSync(pkg)) throw new Error(`npm install @knight-lab/timelinejs@3 failed: ${tail(install.output)}`);
    const version = (JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as { version: string }).version;
    const js = join(pkg, 'dist', 'js', 'timeline.js');
    const css = join(pkg, 'dist', 'css', 'timeline.css');
    if (!existsSync(js) || !existsSync(css)) throw new Error('the TimelineJS3 package has no dist/js/timeline.js or dist/css/timeline.css');
    // Serve its dist/ as published (js/, css/, js/locale/), as an embed would.
    cpSync(join(pkg, 'dist'), join(folder, 'site'), { recursive: true });
    const site = join(folder, 'site');
    writeFileSync(join(site, 'data.js'), `window.TL_DATA = ${JSON.stringify(toTimelineJs(events))};\n`);
    writeFileSync(join(site, 'draw.js'), "window.timeline = new TL.Timeline('timeline-embed', window.TL_DATA, { script_path: location.origin + '/js/' });\n");
    writeFileSync(
      join(site, 'index.html'),
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>TimelineJS3</title><link rel="stylesheet" href="/css/timeline.css"><script src="/js/timeline.js"></script><script src="/data.js"></script></head>'
        + '<body><div id="timeline-embed" style="width:100%;height:600px"></div><script src="/draw.js"></script></body></html>\n',
    );
    return { folder: site, version, jsGzip: gzipSize(readFileSync(js)), cssGzip: gzipSize(readFileSync(css)), remove };
  } catch (error) {
    remove();
    throw error;
  }
}
