import { describe, expect, it } from 'vitest';
import { parseShown, shownParam } from '../../src/timeline/model/url-filters.ts';

const lanes = ['china-dprk', 'inter-korean', 'us-dprk', 'multilateral'] as const;

describe('filters in the URL', () => {
  it('reads the lanes shown, in the chart’s order, ignoring unknown values', () => {
    expect(parseShown('?lanes=us-dprk,china-dprk', 'lanes', lanes)).toEqual(new Set(['china-dprk', 'us-dprk']));
    expect(parseShown('?lanes=us-dprk,<script>,mars', 'lanes', lanes)).toEqual(new Set(['us-dprk']));
  });

  it('shows everything when the parameter is absent or names nothing known', () => {
    expect(parseShown('?from=2018-01&to=2018-12', 'lanes', lanes)).toBeNull();
    expect(parseShown('?lanes=', 'lanes', lanes)).toBeNull();
    expect(parseShown('?lanes=%3Cimg%20src%3Dx%3E', 'lanes', lanes)).toBeNull();
  });

  it('"none" hides every lane', () => {
    expect(parseShown('?lanes=none', 'lanes', lanes)).toEqual(new Set());
  });

  it('writes nothing when all are shown, "none" when none are, else the list; and round-trips', () => {
    expect(shownParam(new Set(lanes), lanes)).toBeNull();
    expect(shownParam(new Set(), lanes)).toBe('none');
    const some = new Set(['us-dprk', 'china-dprk']);
    const param = shownParam(some, lanes);
    expect(param).toBe('china-dprk,us-dprk');
    expect(parseShown(`?lanes=${param}`, 'lanes', lanes)).toEqual(some);
    expect(parseShown(`?lanes=${shownParam(new Set(), lanes)}`, 'lanes', lanes)).toEqual(new Set());
  });
});
