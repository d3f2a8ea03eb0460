import { describe, expect, it } from 'vitest';
import { nearestInWindow } from '../../src/timeline/model/strip-window.ts';
import { markTimes, type TimelineEvent } from '../../src/timeline/model/marks.ts';

const ev = (id: string, start: string, end?: string, precision: TimelineEvent['precision'] = 'day'): TimelineEvent => ({ id, title: id, start, end, precision, kind: 'visit', lane: 'china-dprk' });
const at = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));

// In list (date) order, as the site passes them.
const list = [
  ev('long-band', '2017-01-01', '2017-12-31', 'year'),
  ev('jan', '2018-01-10'),
  ev('mar-a', '2018-03-20'),
  ev('own', '2018-03-25', '2018-03-28'),
  ev('mar-b', '2018-03-30'),
  ev('apr', '2018-04-05', '2018-04-06'),
  ev('dec', '2018-12-01'),
];
const own = { id: 'own', anchor: markTimes(list[3]!).anchor };

describe('the event strip’s window', () => {
  it('keeps events overlapping the window, nearest first, ties in list order, never the event itself', () => {
    const window = [at('2017-12-01'), at('2018-05-01')] as const;
    // mar-a's anchor is 5 days before own's, mar-b's 5 days after: a tie, kept in list order.
    expect(nearestInWindow(list, own, window, 40).map((x) => x.o.id)).toEqual(['mar-a', 'mar-b', 'apr', 'jan', 'long-band']);
    expect(nearestInWindow(list, own, window, 2).map((x) => x.o.id)).toEqual(['mar-a', 'mar-b']);
  });

  it('finds a long mark that starts well before the window but reaches into it', () => {
    const window = [at('2017-12-31'), at('2018-01-01')] as const;
    expect(nearestInWindow(list, own, window, 40).map((x) => x.o.id)).toEqual(['long-band']);
    // Ending exactly where the window starts is outside it.
    expect(nearestInWindow(list, own, [at('2018-01-01'), at('2018-01-10')], 40).map((x) => x.o.id)).toEqual([]);
  });

  it('gives the same events as scanning and sorting the whole list', () => {
    // A deterministic spread of events over three years, with spans and bands.
    const many: TimelineEvent[] = [];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 600; i++) {
      const day = new Date(Date.UTC(2017, 0, 1) + Math.floor(next() * 1000) * 86_400_000).toISOString().slice(0, 10);
      const roll = next();
      if (roll < 0.1) many.push(ev(`e${i}`, `${day.slice(0, 7)}-01`, `${day.slice(0, 7)}-28`, 'month'));
      else if (roll < 0.3) many.push(ev(`e${i}`, day, new Date(at(day) + 3 * 86_400_000).toISOString().slice(0, 10)));
      else many.push(ev(`e${i}`, day));
    }
    many.sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
    for (const pick of [0, 17, 301, 599]) {
      const me = many[pick]!;
      const mine = markTimes(me);
      const window = [mine.t0 - 180 * 86_400_000, mine.t1 + 200 * 86_400_000] as const;
      const scanned = many
        .map((o) => ({ o, t: markTimes(o) }))
        .filter(({ o, t }) => o.id !== me.id && t.t1 > window[0] && t.t0 < window[1])
        .sort((a, b) => Math.abs(a.t.anchor - mine.anchor) - Math.abs(b.t.anchor - mine.anchor))
        .slice(0, 40);
      expect(nearestInWindow(many, { id: me.id, anchor: mine.anchor }, window, 40)).toEqual(scanned);
    }
  });
});
