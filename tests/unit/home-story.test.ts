import { describe, expect, test } from 'vitest';
import { homeStory, whereAndWhen, type Meeting } from '../../src/lib/home-story.ts';

const meeting = (start: string, direction: Meeting['direction'], place: string): Meeting => ({ start, direction, place });
const record: Meeting[] = [
  meeting('2026-06-09', 'china-to-dprk', 'Pyongyang'),
  meeting('2018-03-25', 'dprk-to-china', 'Beijing'),
  meeting('2018-05-07', 'dprk-to-china', 'Dalian'),
  meeting('2018-06-19', 'dprk-to-china', 'Beijing'),
  meeting('2019-01-07', 'dprk-to-china', 'Beijing'),
  meeting('2019-06-20', 'china-to-dprk', 'Pyongyang'),
  meeting('2025-09-01', 'dprk-to-china', 'Beijing'),
];

describe('the home page counts its meetings from the record', () => {
  test('the story holds the meetings of October 2017 – June 2019; the later ones are counted apart', () => {
    const s = homeStory(record);
    expect(s.story.map((m) => m.start)).toEqual(['2018-03-25', '2018-05-07', '2018-06-19', '2019-01-07', '2019-06-20']);
    expect(s.trips).toHaveLength(4);
    expect(s.visits).toHaveLength(1);
    expect(s.later.map((m) => m.place)).toEqual(['Beijing', 'Pyongyang']);
    expect(s.gapYears).toBe(6);
    expect(s.storyMonths).toBe(15);
  });

  test('a record that stops in 2019 has no later meetings and no gap', () => {
    const s = homeStory(record.filter((m) => m.start < '2020-01-01'));
    expect(s.later).toEqual([]);
    expect(s.gapYears).toBe(0);
  });

  test('the later meetings read as a list of places and months', () => {
    expect(whereAndWhen(homeStory(record).later)).toBe('in Beijing in September 2025 and in Pyongyang in June 2026');
    expect(whereAndWhen([record[0]!])).toBe('in Pyongyang in June 2026');
    expect(whereAndWhen([])).toBe('');
  });
});
