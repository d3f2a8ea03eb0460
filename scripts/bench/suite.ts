/**
 * The test suite's stages, timed one at a time (`npm run bench -- --suite`).
 * Each stage of `npm test` (scripts/test-stages.ts) runs alone, through the
 * same npm script, so its wall clock is its own and not shared with the
 * stages `npm test` runs beside it. CPU time is user + system time of the
 * stage and every process it waited for, from GNU time; CPU ÷ wall is how
 * many cores the stage kept busy on average, which says how much running it
 * beside another stage can gain on this machine.
 */
import { STAGES, type Stage } from '../test-stages.ts';
import { run, tail } from './process.ts';
import { seconds } from './table.ts';

export interface StageTime {
  stage: Stage;
  passed: boolean;
  wallMs: number;
  /** User + system seconds of the stage's processes, or null without GNU time. */
  cpuMs: number | null;
  /** The last lines of its output, when it failed. */
  why: string;
}

/** The stages named in `--suite=a,b` (every stage for a bare `--suite`), in the order npm test starts them. */
export function chosenStages(flag: string): Stage[] {
  const names = flag.includes('=') ? flag.slice(flag.indexOf('=') + 1).split(',').map((s) => s.trim()).filter(Boolean) : [];
  const unknown = names.filter((n) => !STAGES.some((s) => s.name === n));
  if (unknown.length) throw new Error(`--suite: no stage named ${unknown.join(', ')} (stages: ${STAGES.map((s) => s.name).join(', ')})`);
  return names.length ? STAGES.filter((s) => names.includes(s.name)) : STAGES;
}

/** User and system time from GNU `time -v`'s report, in milliseconds. */
export function cpuFromTimeReport(output: string): number | null {
  const user = /User time \(seconds\): ([\d.]+)/.exec(output)?.[1];
  const system = /System time \(seconds\): ([\d.]+)/.exec(output)?.[1];
  return user !== undefined && system !== undefined ? (Number(user) + Number(system)) * 1000 : null;
}

export async function timeStage(root: string, stage: Stage): Promise<StageTime> {
  const result = await run('npm', ['run', stage.script], { cwd: root, env: { FORCE_COLOR: '0' }, timeoutMs: 30 * 60_000 });
  return { stage, passed: result.code === 0, wallMs: result.ms, cpuMs: cpuFromTimeReport(result.output), why: result.code === 0 ? '' : tail(result.output) };
}

/** "41.2 s wall, 63.0 s CPU (1.5 cores busy)", and whether it passed. */
export function describeStage(t: StageTime): string {
  const cpu = t.cpuMs === null ? 'CPU unknown (/usr/bin/time is not installed)' : `${seconds(t.cpuMs)} CPU (${(t.cpuMs / t.wallMs).toFixed(1)} cores busy)`;
  return `${seconds(t.wallMs)} wall, ${cpu}${t.passed ? '' : `; the stage FAILED: ${t.why}`}`;
}
