import { describe, expect, it } from 'vitest';
import { marginEventLabels } from '../../src/loader/content-loader.ts';
import type { CheckedArticle, CheckedContent } from '../../src/validate/check-content.ts';

type EventData = CheckedContent['events'][number]['data'];
const event = (id: string, title: string, label?: string) => ({ path: `content/events/${id}.md`, body: '', data: { id, title, ...(label ? { label } : {}) } as unknown as EventData });
const piece = (events: string[][]) => ({ data: { margin: events.map((ids, i) => ({ phrase: `phrase ${i}`, events: ids })) } }) as unknown as CheckedArticle;

describe('the labels of the events margin notes cite', () => {
  const events = [event('hanoi-summit', 'Trump and Kim meet in Hanoi', 'Hanoi summit'), event('kim-visit-china-1', 'Kim Jong Un visits Beijing')];

  it('uses the timeline label, else the title; unknown events are left out', () => {
    expect(marginEventLabels(piece([['hanoi-summit'], ['kim-visit-china-1', 'nowhere']]), events)).toEqual({ 'hanoi-summit': 'Hanoi summit', 'kim-visit-china-1': 'Kim Jong Un visits Beijing' });
    expect(marginEventLabels(piece([]), events)).toEqual({});
  });

  it('reads each list of events afresh (a new run is a new list)', () => {
    expect(marginEventLabels(piece([['hanoi-summit']]), events)).toEqual({ 'hanoi-summit': 'Hanoi summit' });
    const renamed = [event('hanoi-summit', 'Trump and Kim meet in Hanoi', 'Hanoi')];
    expect(marginEventLabels(piece([['hanoi-summit']]), renamed)).toEqual({ 'hanoi-summit': 'Hanoi' });
  });
});
