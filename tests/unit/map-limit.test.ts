import { describe, expect, it } from 'vitest';
import { mapLimit } from '../../src/lib/map-limit.ts';

describe('mapLimit', () => {
  it('keeps the input order and never runs more than the limit at once', async () => {
    let running = 0;
    let peak = 0;
    const delays = [30, 5, 20, 1, 15, 2, 25, 3];
    const out = await mapLimit(delays, 3, async (ms, i) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, ms));
      running--;
      return `${i}:${ms}`;
    });
    expect(out).toEqual(['0:30', '1:5', '2:20', '3:1', '4:15', '5:2', '6:25', '7:3']);
    expect(peak).toBe(3);
  });

  it('handles an empty list and a limit above the length', async () => {
    expect(await mapLimit([], 4, async (x: number) => x)).toEqual([]);
    expect(await mapLimit([1, 2], 10, async (x) => x * 2)).toEqual([2, 4]);
  });

  it('rejects a limit that is not a whole number of at least 1', async () => {
    await expect(mapLimit([1], 0, async (x) => x)).rejects.toThrow(/limit must be a whole number/);
  });

  it('passes on the first failure', async () => {
    await expect(mapLimit([1, 2, 3], 2, async (x) => { if (x === 2) throw new Error('bad file'); return x; })).rejects.toThrow('bad file');
  });
});
