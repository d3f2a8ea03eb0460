/**
 * Reading Astro's build output for the time each phase took. Astro prints
 * "[types] Generated 887ms", "[vite] ✓ built in 439ms", a "generating static
 * routes … ✓ Completed in 185ms." block, and one "/path/index.html (+3ms)"
 * line per page. Integrations log as "[name] … in 2.3s" (Pagefind, share images).
 */
export interface BuildPhases {
  types: number | null;
  bundle: number | null;
  pages: number | null;
  /** Other timed lines from integrations, keyed by their [label]. */
  integrations: { label: string; message: string; ms: number }[];
  /** Build time of one page, by its path ("/timeline/index.html"). */
  pageMs: (path: string) => number | null;
}

const toMs = (value: string, unit: string) => Number(value) * (unit === 's' ? 1000 : unit === 'm' || unit === 'min' ? 60_000 : 1);
const stripAnsi = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');

export function readBuildLog(raw: string): BuildPhases {
  const lines = stripAnsi(raw).split('\n');
  let types: number | null = null;
  let bundle: number | null = null;
  let pages: number | null = null;
  let inRoutes = false;
  const integrations: BuildPhases['integrations'] = [];
  const pageTimes = new Map<string, number>();
  for (const line of lines) {
    const page = /[├└]─\s+(\S+)\s+\(\+(\d+(?:\.\d+)?)(ms|s)\)/.exec(line);
    if (page) {
      pageTimes.set(page[1]!, toMs(page[2]!, page[3]!));
      continue;
    }
    if (/generating static routes/.test(line)) inRoutes = true;
    const completed = /✓ Completed in (\d+(?:\.\d+)?)(ms|s)/.exec(line);
    if (completed && inRoutes && !/\[build\]/.test(line)) {
      pages = (pages ?? 0) + toMs(completed[1]!, completed[2]!);
      inRoutes = false;
      continue;
    }
    const typed = /\[types\] Generated (\d+(?:\.\d+)?)(ms|s)/.exec(line);
    if (typed) types = toMs(typed[1]!, typed[2]!);
    const vite = /\[vite\] ✓ built in (\d+(?:\.\d+)?)(ms|s)/.exec(line);
    if (vite) bundle = (bundle ?? 0) + toMs(vite[1]!, vite[2]!);
    const other = /\[([\w:@/.-]+)\]\s+(.*?\b(?:in|took)\s+(\d+(?:\.\d+)?)\s*(ms|s|min)\b.*)$/.exec(line);
    if (other && !['build', 'vite', 'types', 'content'].includes(other[1]!)) {
      integrations.push({ label: other[1]!, message: other[2]!.trim(), ms: toMs(other[3]!, other[4]!) });
    }
  }
  return { types, bundle, pages, integrations, pageMs: (path) => pageTimes.get(path) ?? null };
}

/** The first integration line matching a pattern (in its label or message). */
export function findPhase(phases: BuildPhases, pattern: RegExp): { label: string; message: string; ms: number } | null {
  return phases.integrations.find((p) => pattern.test(p.label) || pattern.test(p.message)) ?? null;
}
