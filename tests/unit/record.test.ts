/**
 * The record itself, as published: every China–North Korea event rests on two
 * sources or says why it cannot, and no event cites a claim of the pieces.
 */
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/validate/check-content.ts';
import { readContentDir } from '../../src/validate/read-content.ts';

const { problems, content } = checkContent(await readContentDir(process.cwd()));

describe('the record in content/', () => {
  test('passes the content check', () => {
    expect(problems).toEqual([]);
  });

  test('every China–North Korea event has two sources, or says why it has one', () => {
    const short = content.events
      .filter(({ data }) => data.lane === 'china-dprk' && data.sources.length < 2 && !data.singleSourceReason)
      .map(({ path, data }) => `${path}: ${data.sources.length} source(s) and no singleSourceReason`);
    expect(short).toEqual([]);
  });

  test('every China–North Korea contact says who reached out', () => {
    const contacts = content.events.filter(({ data }) => data.lane === 'china-dprk' && ['visit', 'envoy', 'message', 'talks'].includes(data.kind));
    expect(contacts.length).toBeGreaterThan(10);
    expect(contacts.filter(({ data }) => !data.direction).map(({ path }) => path)).toEqual([]);
  });

  test('no source is a claim: every source is a dated public reference with an address', () => {
    const bad = content.events.flatMap(({ path, data }) =>
      data.sources.filter((s) => !('url' in s) || !('publisher' in s) || 'claim' in (s as object)).map(() => path),
    );
    expect(bad).toEqual([]);
  });

  test('the Security Council resolutions are sanctions and cite the UN itself', () => {
    const resolutions = content.events.filter(({ data }) => data.id.startsWith('unsc-resolution-'));
    expect(resolutions.length).toBeGreaterThanOrEqual(3);
    for (const { data } of resolutions) {
      expect(data.kind, data.id).toBe('sanctions');
      expect(data.sources.some((s) => s.primary && /\bUN\b|United Nations/.test(s.publisher)), `${data.id} cites no UN source`).toBe(true);
    }
  });
});
