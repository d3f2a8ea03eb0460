import { describe, expect, test } from 'vitest';
import { chartModel, chartModelJson } from '../../src/timeline/model/chart-model.ts';
import { chartInput } from './fixtures/timeline-chart.ts';

/**
 * The chart's model (src/timeline/model/chart-model.ts) on a small fixture:
 * what the build draws and what the script reads, number by number.
 */
const utc = (y: number, m: number, d: number, h = 0) => Date.UTC(y, m - 1, d, h);
const { model, wide, narrow } = chartModel(chartInput());

describe('the marks, shared by both layouts', () => {
  test('in time order, with their times in chart time and what the popover says', () => {
    expect(model.marks.map((m) => m.id)).toEqual(['kim-beijing', 'singapore', 'envoy', 'statement']);
    expect(model.marks[0]).toEqual({
      id: 'kim-beijing', lane: 'china-dprk', shape: 'span',
      t0: utc(2018, 3, 25), t1: utc(2018, 3, 29), anchor: utc(2018, 3, 25, 12), disclosed: utc(2018, 3, 28, 12),
      priority: 0, title: 'Kim visits Beijing, 25–28 March 2018', when: '25–28 March 2018', summary: 'Kim visits Beijing.',
    });
    expect(model.marks[2]).toMatchObject({ shape: 'band', t0: utc(2018, 9, 1), t1: utc(2018, 10, 1), anchor: utc(2018, 9, 16), disclosed: null });
  });

  test('the time model and the density thresholds ride along', () => {
    expect(model.time.breaks).toEqual([]);
    expect(model.time.after).toBe(utc(2018, 4, 11));
    expect(model.time.views.story).toEqual([utc(2017, 10, 1), utc(2019, 7, 1)]);
    expect(model.time.views.all).toEqual([utc(2017, 1, 1), utc(2020, 1, 1)]);
    expect([model.denseAbove, model.linksMax]).toEqual([1500, 2500]);
  });
});

describe('the wide layout', () => {
  const layout = model.layouts.wide;

  test('maps the story period onto the plot, 1100 × 344 px', () => {
    expect([wide.width, wide.height]).toEqual([1100, 344]);
    expect(layout.along).toEqual([16, 1084]);
    expect(layout.base.slope * utc(2017, 10, 1) + layout.base.intercept).toBeCloseTo(16, 9);
    expect(layout.base.slope * utc(2019, 7, 1) + layout.base.intercept).toBeCloseTo(1084, 9);
    expect([layout.gridAcross, layout.axisAcross]).toEqual([[52, 246], 40]);
    expect(wide.plot).toEqual({ x: 16, y: 26, width: 1068, height: 220 });
  });

  test('puts each mark on its lane’s row, its label on that row', () => {
    expect(layout.marks.map((m) => [m.across, m.track, m.size])).toEqual([[84, 0, 126], [184, 2000, 123], [84, 0, 139], [234, 3000, 65]]);
    expect(wide.marks.map((m) => m.transform)).toEqual(['translate(309.78,84)', 'translate(442.03,184)', 'translate(601.89,84)', 'translate(681.41,234)']);
  });

  test('draws a span’s bar, its disclosure tick, a band hatched; labels beside their marks, the minor one hidden', () => {
    const [kim, singapore, envoy, statement] = wide.marks;
    expect(kim!.bar).toEqual({ cls: 'tl-bar', attrs: { x: '-0.84', width: '6.7', y: -3, height: 6 } });
    expect(kim!.disclosed).toEqual({ line: { x1: '0', y1: '0', x2: '5.02', y2: '0' }, tick: 'M5.02,-7v14' });
    expect(kim!.label).toEqual({ text: 'Kim in Beijing', x: '12.52', y: '4', end: false, shown: true });
    expect(singapore!.label).toEqual({ text: 'Singapore summit', x: '11', y: '4', end: false, shown: true });
    expect(envoy!.bar).toEqual({ cls: 'tl-band', attrs: { x: '-25.11', width: '50.22', y: -7, height: 14, fill: 'url(#tl-hatch-wide)' } });
    // The band is wider than 8 px either side: its label, past the band's end, is led to the mark.
    expect(envoy!.leader).toEqual({ x1: '8', y1: '0', x2: '27.11', y2: '0', shown: true });
    expect(statement!.label.shown).toBe(false);
  });

  test('the piece’s marker and label, the story note and its link', () => {
    expect(layout.written).toEqual([{ from: utc(2018, 4, 10), to: utc(2018, 4, 11), room: 76, shortRoom: 20, label: 'Ching: written here', short: 'Ching' }]);
    expect(wide.written[0]!.label).toEqual({ text: 'Ching: written here', attrs: { x: '336.73', y: 18, 'text-anchor': 'middle' }, shown: true });
    expect(layout.bands).toEqual([{ from: utc(2018, 4, 11), to: utc(2020, 1, 1) }]);
    expect(layout.callouts).toEqual({
      top: 252,
      items: [{ from: utc(2018, 3, 25, 12), to: utc(2018, 6, 12, 12), size: 108 }],
      links: [{ a: utc(2018, 3, 25, 12), b: utc(2018, 6, 12, 12), aAcross: 84, bAcross: 184 }],
    });
    expect(wide.edges).toEqual({ earlier: { x: 16, y: 336, text: '' }, later: { x: 1084, y: 336, text: '', end: true } });
    expect(wide.ticks).toHaveLength(8);
  });
});

describe('the narrow layout', () => {
  const layout = model.layouts.narrow;

  test('runs time down a 343-px column, 1792 px long', () => {
    expect([narrow.width, narrow.height]).toEqual([343, 1792]);
    expect(layout.along).toEqual([64, 1764]);
    expect([layout.gridAcross, layout.axisAcross]).toEqual([[62, 239], 28]);
  });

  test('labels share the column after their lane and keep clear of the lanes they cross', () => {
    expect(layout.marks.map((m) => [m.across, m.track, m.block, m.clear, m.labelAt])).toEqual([
      [96.5, -1, 0, [1, 2, 3], 106],
      [186.5, -1, 2, [3], 196],
      [96.5, -1, 0, [1, 2, 3], 106],
      [231.5, -1, 3, [], 241],
    ]);
    expect(narrow.marks.map((m) => m.transform)).toEqual(['translate(96.5,531.63)', 'translate(186.5,742.13)', 'translate(96.5,996.6)', 'translate(231.5,1123.17)']);
    expect(narrow.marks.map((m) => [m.label.x, m.label.y, m.label.shown])).toEqual([['9.5', '4', true], ['9.5', '4', true], ['9.5', '4', true], ['9.5', '11', false]]);
    expect(narrow.edges.later).toEqual({ x: 62, y: 1784, text: '', end: false });
  });
});

test('the JSON cannot end its script element early', () => {
  const json = chartModelJson({ ...model, marks: [{ ...model.marks[0]!, summary: '</script><script>alert(1)</script>' }] });
  expect(json).not.toContain('</script');
  expect(JSON.parse(json).marks[0].summary).toBe('</script><script>alert(1)</script>');
});
