import { describe, expect, it } from 'vitest';
import { REGION, WORLD, projectionFor, inBox, pinRadius, labelAt } from '../../src/lib/map/views.ts';
import { clipToBox, decimate, type PointStream } from '../../src/lib/map/clip.ts';
import { storyArcLayout, isLeaderMeeting, ARC_WIDE, ARC_DOMAIN } from '../../src/timeline/model/story-arc.ts';
import { monthStart } from '../../src/calendar/calendar.ts';

describe('map views', () => {
  it('fits the region box inside the frame', () => {
    const p = projectionFor(REGION);
    const [x0, y0] = p([REGION.box[0], REGION.box[3]])!;
    const [x1, y1] = p([REGION.box[2], REGION.box[1]])!;
    expect(Math.min(x0, y0)).toBeGreaterThanOrEqual(REGION.pad - 0.5);
    expect(x1).toBeLessThanOrEqual(REGION.width - REGION.pad + 0.5);
    expect(y1).toBeLessThanOrEqual(REGION.height - REGION.pad + 0.5);
    // Beijing is west of Pyongyang and both are inside the frame.
    const [bx] = p([116.41, 39.9])!;
    const [px] = p([125.76, 39.04])!;
    expect(bx).toBeLessThan(px);
    expect(px).toBeLessThan(REGION.width);
  });
  it('sends the far places to the world map', () => {
    expect(inBox(REGION, 125.76, 39.04)).toBe(true);
    expect(inBox(REGION, 103.85, 1.29)).toBe(false);
    expect(inBox(WORLD, -74.01, 40.71)).toBe(true);
  });
  it('sizes pins by area and places labels beside them', () => {
    expect(pinRadius(1)).toBe(4);
    expect(pinRadius(4)).toBe(8);
    expect(pinRadius(0)).toBe(4);
    expect(labelAt('left', 100, 50, 4)).toEqual({ x: 92, y: 54, anchor: 'end' });
    expect(labelAt('below', 100, 50, 4)).toEqual({ x: 100, y: 68, anchor: 'middle' });
    expect(labelAt('below-start', 100, 50, 4)).toEqual({ x: 96, y: 68, anchor: 'start' });
  });
  it('drops polygons wholly outside the box', () => {
    const near = [[[120, 38], [121, 38], [121, 39], [120, 38]]];
    const far = [[[-70, 40], [-69, 40], [-69, 41], [-70, 40]]];
    expect(clipToBox({ type: 'MultiPolygon', coordinates: [near, far] }, REGION.box)).toEqual({ type: 'MultiPolygon', coordinates: [near] });
    expect(clipToBox({ type: 'Polygon', coordinates: far }, REGION.box)).toBeNull();
  });
  it('decimates points under the tolerance, keeping each line’s last point', () => {
    const got: number[][] = [];
    const out: PointStream = { point: (x, y) => got.push([x, y]), lineStart: () => {}, lineEnd: () => {}, polygonStart: () => {}, polygonEnd: () => {} };
    const s = decimate(out, 1);
    s.lineStart();
    for (const [x, y] of [[0, 0], [0.3, 0], [0.6, 0], [1.2, 0], [1.5, 0]]) s.point(x!, y!);
    s.lineEnd();
    expect(got).toEqual([[0, 0], [1.2, 0], [1.5, 0]]);
  });
});

describe('the home page story arc', () => {
  it('tells meetings from other visits', () => {
    const both = ['kim-jong-un', 'xi-jinping'];
    expect(isLeaderMeeting({ kind: 'visit', actors: both, direction: 'dprk-to-china' }, 'China')).toBe(true);
    expect(isLeaderMeeting({ kind: 'visit', actors: both, direction: 'dprk-to-china' }, 'North Korea')).toBe(false);
    expect(isLeaderMeeting({ kind: 'visit', actors: ['xi-jinping', 'kim-jong-un'], direction: 'china-to-dprk' }, 'North Korea')).toBe(true);
    // A premier's visit that Kim received, Xi named as the sender: the traveller leads the actors, and is not Xi.
    expect(isLeaderMeeting({ kind: 'visit', actors: ['li-qiang', 'kim-jong-un', 'xi-jinping'], direction: 'china-to-dprk' }, 'North Korea')).toBe(false);
    expect(isLeaderMeeting({ kind: 'message', actors: both, direction: 'dprk-to-china' }, 'China')).toBe(false);
  });
  it('puts labels that would touch on separate rows and keeps them inside', () => {
    const day = 86_400_000;
    const at = monthStart(2018, 4);
    const layout = storyArcLayout(
      [
        { id: 'a', at, label: 'Beijing' },
        { id: 'b', at: at + 10 * day, label: 'Dalian' },
        { id: 'c', at: monthStart(2019, 6), label: 'Pyongyang' },
        { id: 'out', at: monthStart(2016, 1), label: 'Outside' },
      ],
      [{ id: 'p', label: 'Ching writes', from: monthStart(2018, 3), to: monthStart(2018, 3) + day }],
      ARC_WIDE,
    );
    expect(layout.marks.map((m) => m.id)).toEqual(['a', 'b', 'c']);
    const [a, b, c] = layout.marks.map((m) => m.label!);
    expect(a!.y).not.toBe(b!.y);
    expect(c!.y).toBe(a!.y);
    expect(layout.marks[0]!.x).toBeCloseTo(10 + ((at - ARC_DOMAIN[0]) / (ARC_DOMAIN[1] - ARC_DOMAIN[0])) * 700, 6);
    for (const m of layout.marks) expect(m.label!.x).toBeLessThanOrEqual(ARC_WIDE.width - 10);
    expect(layout.pieces[0]!.y).toBe(14);
    expect(layout.axisY).toBe(14 + 16 + 10);
  });
});
