/**
 * `npm test`: every stage, independent ones at the same time.
 *
 *   check   ─┐
 *   unit    ─┼─ (independent)
 *   build   ─┼─► dist (reads dist/ only)
 *   fixture ─┴─► e2e  (after both builds: dist/ and the dense timeline's fixture site)
 *
 * At most one stage per core runs at once (TEST_JOBS=<n> to change it); the
 * builds start first, as the dist and browser stages wait for them. Each
 * stage's output goes to test-logs/<stage>.log; the log here is one
 * line per start and end with the time taken, then the whole output of each
 * failed stage. Exits non-zero if any stage fails or cannot run.
 *
 *   npm test                       every stage
 *   npm test -- unit dist          only these (and nothing they wait for)
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { STAGES, type Stage } from './test-stages.ts';


// Not under test-results/: Playwright empties that folder when it starts.
const LOGS = 'test-logs';
const chosen = process.argv.slice(2);
const unknown = chosen.filter((name) => !STAGES.some((s) => s.name === name));
if (unknown.length > 0) {
  console.error(`unknown stage ${unknown.join(', ')}; the stages are ${STAGES.map((s) => s.name).join(', ')}`);
  process.exit(2);
}
const stages = chosen.length > 0 ? STAGES.filter((s) => chosen.includes(s.name)).map((s) => ({ ...s, after: s.after.filter((a) => chosen.includes(a)) })) : STAGES;
const jobs = Math.max(1, Number(process.env['TEST_JOBS']) || availableParallelism());
const started = Date.now();
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const stamp = () => `[${seconds(Date.now() - started).padStart(8)}]`;

type Outcome = 'passed' | 'failed' | 'not run';
const outcome = new Map<string, Outcome>();
const took = new Map<string, number>();
const running = new Set<string>();

function run(stage: Stage): Promise<void> {
  running.add(stage.name);
  const begun = Date.now();
  console.log(`${stamp()} ${stage.name}: started (npm run ${stage.script})`);
  const log = createWriteStream(join(LOGS, `${stage.name}.log`));
  const child = spawn('npm', ['run', stage.script], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  return new Promise((resolve) => {
    child.on('close', (code) => {
      log.end(() => {
        running.delete(stage.name);
        took.set(stage.name, Date.now() - begun);
        outcome.set(stage.name, code === 0 ? 'passed' : 'failed');
        console.log(`${stamp()} ${stage.name}: ${code === 0 ? 'passed' : `FAILED (exit ${code})`} in ${seconds(Date.now() - begun)}`);
        resolve();
      });
    });
  });
}

mkdirSync(LOGS, { recursive: true });
console.log(`${stamp()} stages: ${stages.map((s) => s.name).join(', ')}; at most ${jobs} at once; logs in ${LOGS}/`);
const pending = [...stages];
const inFlight = new Set<Promise<void>>();
while (pending.length > 0 || inFlight.size > 0) {
  // A stage whose prerequisite failed cannot run.
  for (const stage of [...pending]) {
    if (stage.after.some((a) => outcome.get(a) === 'failed' || outcome.get(a) === 'not run')) {
      pending.splice(pending.indexOf(stage), 1);
      outcome.set(stage.name, 'not run');
      console.log(`${stamp()} ${stage.name}: not run (${stage.after.filter((a) => outcome.get(a) !== 'passed').join(', ')} did not pass)`);
    }
  }
  const ready = pending.filter((s) => s.after.every((a) => outcome.get(a) === 'passed'));
  for (const stage of ready.slice(0, Math.max(0, jobs - running.size))) {
    pending.splice(pending.indexOf(stage), 1);
    const job: Promise<void> = run(stage).then(() => {
      inFlight.delete(job);
    });
    inFlight.add(job);
  }
  if (inFlight.size === 0) break;
  await Promise.race(inFlight);
}

const failed = stages.filter((s) => outcome.get(s.name) !== 'passed');
for (const stage of failed.filter((s) => outcome.get(s.name) === 'failed')) {
  console.log(`\n──── ${stage.name} (npm run ${stage.script}) failed; its output (${join(LOGS, `${stage.name}.log`)}):\n`);
  console.log(readFileSync(join(LOGS, `${stage.name}.log`), 'utf8'));
}
console.log(`\n${stamp()} ${stages.map((s) => `${s.name} ${outcome.get(s.name) ?? 'not run'}${took.has(s.name) ? ` (${seconds(took.get(s.name)!)})` : ''}`).join(' · ')}`);
process.exit(failed.length > 0 ? 1 : 0);
