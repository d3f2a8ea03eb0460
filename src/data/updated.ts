import { execFileSync } from 'node:child_process';
import { getSite } from './site.ts';
import { latestDate } from '../lib/last-updated.ts';

/**
 * When the site's content last changed, derived at build time: the date of
 * the latest git commit that touched content/, or, where the build runs
 * outside a git checkout, the newest date the content itself carries (a
 * correction or a source's publication).
 */
export async function lastUpdated(): Promise<{ date: string; basis: 'git' | 'content' }> {
  try {
    const date = execFileSync('git', ['log', '-1', '--format=%cs', '--', 'content/'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return { date, basis: 'git' };
  } catch {
    // Not a git checkout (a tarball build): fall back to the content's own dates.
  }
  const { events } = await getSite();
  return { date: latestDate(events.flatMap((e) => [e.corrected?.date, ...e.sources.map((s) => s.date)])) ?? 'unknown', basis: 'content' };
}
