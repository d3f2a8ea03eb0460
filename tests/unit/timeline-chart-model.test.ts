import { describe, expect, test } from 'vitest';
import { chartModel, chartModelJson } from '../../src/timeline/model/chart-model.ts';
import { markTimes } from '../../src/timeline/model/marks.ts';
import { EVENTS, chartInput, chartInputWithBreaks } from './fixtures/timeline-chart.ts';

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
      priority: 0, keep: true, lead: true, title: 'Kim visits Beijing, 25–28 March 2018', when: '25–28 March 2018', summary: 'Kim visits Beijing.',
    });
    // The summit's label is kept too, but its mark is not a lead one; the envoy's label is neither.
    expect(model.marks.map((m) => [m.id, m.keep ?? false, m.lead ?? false])).toEqual([
      ['kim-beijing', true, true], ['singapore', true, false], ['envoy', false, false], ['statement', false, false],
    ]);
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
    expect(layout.breaks).toEqual([]);
    // The note in the plot: its title on one line or two, the marks it cites (by index), where across it may go, clear of the lanes' names.
    expect(layout.notes).toEqual({
      span: [52, 318],
      fixed: [{ a0: 16, a1: 195, c0: 52, c1: 70 }, { a0: 16, a1: 195, c0: 102, c1: 120 }, { a0: 16, a1: 265, c0: 152, c1: 170 }, { a0: 16, a1: 133, c0: 202, c1: 220 }],
      items: [{ lines: [['The first trip'], ['The first', 'trip']], shapes: [{ along: 117, across: 14 }, { along: 76, across: 28 }], cites: [0, 1] }],
      links: [{ a: utc(2018, 3, 25, 12), b: utc(2018, 6, 12, 12), aAcross: 84, bAcross: 184 }],
    });
    // The notes keep clear of the three labels drawn (the minor one is hidden).
    expect(wide.notes.labels.map((b) => [Math.round(b.a0), Math.round(b.a1), b.c0, b.c1])).toEqual([[322, 448, 77, 91], [453, 576, 177, 191], [631, 770, 77, 91]]);
    expect(wide.edges).toEqual({ earlier: { x: 16, y: 336, text: '' }, later: { x: 1084, y: 336, text: '', end: true } });
    expect(wide.ticks).toHaveLength(8);
  });

  test('the story note is drawn in the plot beside its first mark, on one line, and the dashed link joins the linked marks', () => {
    // Before Kim's mark (anchor 309.78 px, row 84) and level with it, so drawn from its far end, 13 px short of the mark: no leader needed.
    expect(wide.notes.drawn).toEqual([{
      id: 'first-trip', cites: 'kim-beijing,singapore', from: utc(2018, 3, 25, 12), to: utc(2018, 6, 12, 12), shown: true,
      text: { x: '296.78', y: '88', end: true },
      first: 'The first ', second: { text: 'trip', under: null },
      leader: { x1: '0', y1: '0', x2: '0', y2: '0', shown: false },
    }]);
    expect(wide.notes.links).toEqual([{ x1: '309.78', y1: '84', x2: '442.03', y2: '184', a: utc(2018, 3, 25, 12), b: utc(2018, 6, 12, 12), aAcross: 84, bAcross: 184 }]);
  });

  test('the tint after both pieces runs from the later piece’s day to the record’s end, over every lane', () => {
    expect(wide.bands).toEqual([{ from: utc(2018, 4, 11), to: utc(2020, 1, 1), kind: 'after', transform: 'translate(337.4,0)', rect: { x: 0, width: '1054.61', y: 46, height: 200 }, label: null }]);
  });
});

describe('the narrow layout', () => {
  const layout = model.layouts.narrow;

  test('runs time down a 343-px column, 1792 px long', () => {
    expect([narrow.width, narrow.height]).toEqual([343, 1792]);
    expect(layout.along).toEqual([64, 1764]);
    // The axis's names end at 31 px across: a year in 11-px bold (30.6 px) fits whole, its first pixel on the chart.
    expect([layout.gridAcross, layout.axisAcross]).toEqual([[62, 239], 31]);
  });

  test('labels share the column after their lane and keep clear of the lanes they cross', () => {
    // Each mark blocks its row (lane × 1000 + row); a label keeps clear of the rows its text reaches: "Kim in Beijing"
    // (126 px from 106) and "Envoy to Pyongyang" (138 px) cross the US–DPRK and multilateral rows, "Singapore summit"
    // the multilateral one. The two Koreas' lane has no mark, so no row.
    expect(layout.marks.map((m) => [m.across, m.track, m.block, m.clear, m.labelAt])).toEqual([
      [96.5, -1, 0, [2000, 3000], 106],
      [186.5, -1, 2000, [3000], 196],
      [96.5, -1, 0, [2000, 3000], 106],
      [231.5, -1, 3000, [], 241],
    ]);
    expect(narrow.marks.map((m) => m.transform)).toEqual(['translate(96.5,531.63)', 'translate(186.5,742.13)', 'translate(96.5,996.6)', 'translate(231.5,1123.17)']);
    expect(narrow.marks.map((m) => [m.label.x, m.label.y, m.label.shown])).toEqual([['9.5', '4', true], ['9.5', '4', true], ['9.5', '4', true], ['9.5', '11', false]]);
    expect(narrow.edges.later).toEqual({ x: 62, y: 1784, text: '', end: false });
    // Narrow, the note's text runs across; no lane's name sits in the plot.
    expect(layout.notes.span).toEqual([54, 343]);
    expect(layout.notes.fixed).toEqual([]);
    expect(layout.notes.items[0]!.shapes).toEqual([{ along: 14, across: 117 }, { along: 28, across: 76 }]);
  });

  test('an unlabelled mark under a label’s text moves it: a US statement the day after Kim’s arrival sends his label a line up', () => {
    const base = chartInput();
    const statement = EVENTS.find((e) => e.id === 'statement')!;
    const times = markTimes({ ...statement, start: '2018-03-26' });
    const extra = { ...statement, id: 'us-statement', lane: 'us-dprk' as const, start: '2018-03-26', t0: times.t0, t1: times.t1 };
    const { narrow: moved } = chartModel({ ...base, events: [...base.events, extra] });
    const byId = new Map(moved.marks.map((m) => [m.event.id, m]));
    // The statement sits at 534.3 on the US–DPRK row, under "Kim in Beijing" level with its mark (531.63): the label
    // moves up two half lines, ending 7 px above the mark's centre, still within 8 px of its edge (no leader).
    expect(byId.get('us-statement')!.transform).toBe('translate(186.5,534.3)');
    expect(byId.get('kim-beijing')!.label).toEqual({ text: 'Kim in Beijing', x: '9.5', y: '-10', end: false, shown: true });
    expect(byId.get('kim-beijing')!.leader.shown).toBe(false);
    expect(byId.get('us-statement')!.label.shown).toBe(false);
  });

  test('the "written here" label ends at the column’s edge, level with its day, and keeps off the marks it would cross', () => {
    expect(narrow.written[0]!.label).toEqual({ text: 'Ching: written here', attrs: { x: 341, y: '570.27', 'text-anchor': 'end' }, shown: true });
    // A multilateral mark on Ching's day lies under the whole label (8 px a character: 152 px back from 341): its short form,
    // 40 px, ends right of the lanes and is drawn instead.
    const base = chartInput();
    const statement = EVENTS.find((e) => e.id === 'statement')!;
    const times = markTimes({ ...statement, start: '2018-04-10' });
    const { narrow: crowded } = chartModel({ ...base, events: [...base.events, { ...statement, start: '2018-04-10', t0: times.t0, t1: times.t1 }] });
    expect(crowded.written[0]!.label).toEqual({ text: 'Ching', attrs: { x: 341, y: '570.27', 'text-anchor': 'end' }, shown: true });
  });

  test('the story note runs across, ending just short of the summit’s mark, level with it', () => {
    expect(narrow.notes.drawn[0]).toMatchObject({ shown: true, text: { x: '174.5', y: '746.13', end: true }, leader: { shown: false } });
    expect(narrow.notes.labels.map((b) => [Math.round(b.a0), Math.round(b.a1), b.c0, b.c1])).toEqual([[525, 539, 106, 232], [735, 749, 196, 319], [990, 1004, 106, 245]]);
    expect(narrow.bands).toEqual([{ from: utc(2018, 4, 11), to: utc(2020, 1, 1), kind: 'after', transform: 'translate(0,575.6)', rect: { y: 0, height: '1678.68', x: 56, width: 287 }, label: null }]);
  });
});

describe('a record that runs on past the story, as the site’s does', () => {
  const { model: m, wide: w, narrow: n } = chartModel(chartInputWithBreaks());
  const chart = (t: number) => t - (utc(2025, 1, 1) - utc(2019, 8, 1) - 3 * 30.44 * 86_400_000);

  test('the empty years after it and the seven quiet months of 2025 are breaks, each drawn as three months', () => {
    expect(m.time.breaks.map((b) => [b.from, b.to])).toEqual([[utc(2019, 8, 1), utc(2025, 1, 1)], [utc(2025, 2, 1), utc(2025, 9, 1)]]);
    // The model lists the tint, then the breaks, in chart time; the breaks alone are what labels and notes keep off.
    expect(m.layouts.wide.bands).toEqual([{ from: utc(2018, 4, 11), to: m.time.views.all[1] }, { from: utc(2019, 8, 1), to: chart(utc(2025, 1, 1)) }, { from: chart(utc(2025, 2, 1)), to: chart(utc(2025, 2, 1)) + 3 * 30.44 * 86_400_000 }]);
    expect(m.layouts.wide.breaks).toEqual(m.layouts.wide.bands.slice(1));
    expect(m.layouts.narrow.breaks).toEqual(m.layouts.wide.breaks);
  });

  test('each break is a band named across the lanes: upright in the first lane’s rows (wide), level near its top (narrow)', () => {
    const [, years, months] = w.bands;
    expect(years).toEqual({ from: utc(2019, 8, 1), to: chart(utc(2025, 1, 1)), kind: 'break', transform: 'translate(1135.89,0)', rect: { x: 0, width: '152.87', y: 46, height: 224 }, label: { text: '2020–24, not to scale', attrs: { transform: 'translate(12,96) rotate(-90)', 'text-anchor': 'middle' } } });
    expect(months).toMatchObject({ kind: 'break', transform: 'translate(1340.65,0)', rect: { width: '152.87' }, label: { text: '7 months, not to scale' } });
    expect(n.bands[2]).toEqual({ from: months!.from, to: months!.to, kind: 'break', transform: 'translate(0,2172.53)', rect: { y: 0, height: '243.33', x: 56, width: 287 }, label: { text: '7 months, not to scale', attrs: { x: '199.5', y: '16', 'text-anchor': 'middle' } } });
  });

  test('marks past the story’s view keep their places in chart time, their labels not drawn at the default view', () => {
    expect(m.marks.slice(4).map((x) => [x.id, x.anchor])).toEqual([['new-year-2025', chart(utc(2025, 1, 1, 12))], ['kim-beijing-2025', chart(utc(2025, 9, 2, 12)) - (utc(2025, 9, 1) - utc(2025, 2, 1) - 3 * 30.44 * 86_400_000)]]);
    expect(w.marks.slice(4).map((x) => [x.transform, x.label.shown])).toEqual([['translate(1289.6,84)', false], ['translate(1496.03,108)', false]]);
  });
});

test('the JSON cannot end its script element early', () => {
  const json = chartModelJson({ ...model, marks: [{ ...model.marks[0]!, summary: '</script><script>alert(1)</script>' }] });
  expect(json).not.toContain('</script');
  expect(JSON.parse(json).marks[0].summary).toBe('</script><script>alert(1)</script>');
});

describe('a dense chart draws its marks outside the default view hidden', () => {
  // The record run on to 2025: its two 2025 marks lie outside the default view (October 2017 – June 2019).
  const input = chartInputWithBreaks();
  const hidden = (layout: { marks: { event: { id: string }; offView: boolean }[] }) => layout.marks.filter((m) => m.offView).map((m) => m.event.id);

  test('not dense (more marks than denseAbove is what makes a chart dense): none hidden', () => {
    const { wide: w, narrow: n } = chartModel({ ...input, density: { denseAbove: input.events.length, linksMax: 2500 } });
    expect([hidden(w), hidden(n)]).toEqual([[], []]);
  });

  test('dense: exactly the marks outside the default view, in both layouts', () => {
    const { wide: w, narrow: n } = chartModel({ ...input, density: { denseAbove: input.events.length - 1, linksMax: 2500 } });
    expect(hidden(w)).toEqual(['new-year-2025', 'kim-beijing-2025']);
    expect(hidden(n)).toEqual(['new-year-2025', 'kim-beijing-2025']);
  });
});
