import { describe, expect, test } from 'vitest';
import { publicDate, publicDateProblems, publicOf } from '../../src/lib/public-date.ts';
import { checkContent } from '../../src/validate/check-content.ts';
import { readContentDir } from '../../src/validate/read-content.ts';

const src = (...dates: string[]) => dates.map((date) => ({ date }));

describe('publicDate: how the public learned of an event', () => {
  test('reported the same day: public from its start', () => {
    expect(publicDate({ start: '2018-06-12', sources: src('2018-06-12') })).toEqual({ mode: 'same-day', date: '2018-06-12', earliestReport: '2018-06-12' });
  });
  test('disclosed later: Kim in Beijing 25–28 March 2018, made public on 28 March', () => {
    const kim = { start: '2018-03-25', disclosed: '2018-03-28', sources: src('2018-03-28', '2018-03-27') };
    expect(publicDate(kim).mode).toBe('disclosed-later');
    expect(publicOf(kim)).toBe('2018-03-28');
    // An AFP report dated 27 March (Western time) carries Xinhua's release of early 28 March: one day's grace.
    expect(publicDateProblems(kim)).toEqual([]);
  });
  test('announced beforehand: public from the announcement, under way never hidden', () => {
    const xi = { start: '2019-06-20', announced: '2019-06-17', sources: src('2019-06-19', '2019-06-20') };
    expect(publicDate(xi)).toMatchObject({ mode: 'announced', date: '2019-06-17' });
    expect(publicOf(xi)).toBe('2019-06-20');
    expect(publicDateProblems(xi)).toEqual([]);
  });
  test('refuses a disclosed day after the earliest report of the event', () => {
    const problems = publicDateProblems({ start: '2018-03-25', disclosed: '2018-03-30', sources: src('2018-03-28') });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.field).toBe('disclosed');
    expect(problems[0]!.message).toContain('set disclosed to 2018-03-28');
  });
  test('refuses an announcement after the earliest source, or not before the start', () => {
    expect(publicDateProblems({ start: '2019-06-20', announced: '2019-06-19', sources: src('2019-06-18') })[0]!.message).toContain('set announced to 2019-06-18');
    expect(publicDateProblems({ start: '2019-06-20', announced: '2019-06-20', sources: src('2019-06-20') })[0]!.message).toContain('remove it');
  });
  test('refuses announced and disclosed together', () => {
    expect(publicDateProblems({ start: '2019-06-20', announced: '2019-06-17', disclosed: '2019-06-21', sources: src('2019-06-19') }).map((p) => p.field)).toEqual(['disclosed']);
  });
  test('reports dated before the start (preparations) do not count against a disclosed day', () => {
    expect(publicDateProblems({ start: '2019-01-27', disclosed: '2019-01-28', sources: src('2019-01-24', '2019-01-28') })).toEqual([]);
  });
});

describe('the content check holds every event to the rule', () => {
  test('the record passes, and a bad disclosed day is named with its file, field, line and fix', async () => {
    const files = await readContentDir(process.cwd());
    expect(checkContent(files).problems).toEqual([]);
    const bad = files.map((f) =>
      f.path === 'content/events/kim-visit-china-4.md' ? { ...f, bytes: new TextEncoder().encode(new TextDecoder().decode(f.bytes).replace('disclosed: 2019-01-08', 'disclosed: 2019-01-10')) } : f,
    );
    const problems = checkContent(bad).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/events/kim-visit-china-4.md', field: 'disclosed' });
    expect(problems[0]!.line).toBeGreaterThan(1);
    expect(problems[0]!.message).toContain('set disclosed to 2019-01-08');
  });
});
