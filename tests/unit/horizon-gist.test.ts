import { describe, expect, it } from 'vitest';
import { horizonGist } from '../../src/lib/horizon-gist.ts';
import { horizon, writingWindow } from '../../src/lib/horizon.ts';

const ev = (id: string, start: string, disclosed?: string) => ({ id, start, ...(disclosed ? { disclosed } : {}) });
const events = [ev('talks', '2018-03-01'), ev('secret-visit', '2018-03-25', '2018-03-28'), ev('summit', '2018-04-27'), ev('visit-2', '2018-05-07', '2018-05-08')];

describe('the one-line gist of what an author could know', () => {
  it('counts the events still secret on the day of writing, and those after it', () => {
    expect(horizonGist(horizon(writingWindow({ date: '2018-03-26' }), events))).toBe('1 event still secret when written · 2 came after');
  });

  it('says when nothing was secret, and names the events either side of an inferred window', () => {
    const h = horizon(writingWindow({ earliest: '2018-04-01', latest: '2018-04-30' }), events);
    expect(h.maybeAfter.map((e) => e.id)).toEqual(['summit']);
    expect(horizonGist(h)).toBe('nothing still secret when written · 1 event either side of the writing · 1 came after');
  });

  it('says when nothing came after', () => {
    expect(horizonGist(horizon(writingWindow({ date: '2019-01-01' }), events))).toBe('nothing still secret when written · none came after');
  });
});
