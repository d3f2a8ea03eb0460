import { isKimXiMeeting } from '../lib/readouts.ts';
import { at, type Run } from './run.ts';
import type { Problem } from '../lib/problem.ts';

/**
 * Every Kim–Xi meeting in the record has its two readouts, and every
 * readouts file names a meeting. A file that exists but failed its own check
 * is not reported missing again: its own problem is the one to fix.
 */
export function readoutLinkProblems(run: Run): Problem[] {
  const problems: Problem[] = [];
  const events = new Map(run.content.events.map((e) => [e.data.id, e]));
  for (const { path, data } of run.content.readouts) {
    const event = events.get(data.id);
    if (!event) {
      if (!run.files.event.has(data.id)) {
        problems.push({ file: path, ...at(run, path, ['id']), field: 'id', message: `unknown event "${data.id}"; a readouts file is named for its meeting's event: add content/events/${data.id}.md or rename this file to an event id` });
      }
      continue;
    }
    if (!isKimXiMeeting(event.data)) {
      problems.push({ file: path, ...at(run, path, ['id']), field: 'id', message: `event "${data.id}" is not a Kim–Xi meeting (a visit in the china-dprk lane whose actors are kim-jong-un and xi-jinping only); name a meeting's event, or remove this file` });
    }
  }
  const covered = new Set(run.files.readouts.keys());
  for (const { path, data } of run.content.events) {
    if (isKimXiMeeting(data) && !covered.has(data.id)) {
      problems.push({ file: path, ...at(run, path, ['id']), field: 'id', message: `Kim–Xi meeting "${data.id}" has no readouts; add content/readouts/${data.id}.yaml with the Chinese and the North Korean readout (docs/readouts.md)` });
    }
  }
  return problems;
}
