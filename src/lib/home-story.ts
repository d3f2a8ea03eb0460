/**
 * The counts the home page states, from the record: the Kim–Xi meetings of the
 * story (October 2017 – June 2019, the thaw the two pieces read) and those
 * after it, to the record's end. The page tells the first as its headline and
 * the second as what the record goes on to hold, so no count is typed.
 */
import { formatMonth, type IsoDate } from '../calendar/calendar.ts';

/** The story's span, as on the timeline's default view: from the envoy snubbed in November 2017 to Xi's visit of June 2019. */
export const STORY_SPAN = { from: '2017-10-01', to: '2019-06-30' } as const;

export interface Meeting {
  start: IsoDate;
  /** Who travelled: Kim to China, or Xi to North Korea. */
  direction: 'dprk-to-china' | 'china-to-dprk' | 'mutual' | undefined;
  /** Where they met ("Beijing"). */
  place: string;
}

export interface HomeStory {
  /** The meetings in the story's span, oldest first. */
  story: Meeting[];
  /** Of those, Kim's trips to China. */
  trips: Meeting[];
  /** Of those, Xi's visits to North Korea. */
  visits: Meeting[];
  /** The meetings after the story, to the record's end, oldest first. */
  later: Meeting[];
  /** Whole years from the story's last meeting to the first after it; 0 when there is none. */
  gapYears: number;
  /** Whole months from the story's first meeting to its last. */
  storyMonths: number;
}

function monthsBetween(a: IsoDate, b: IsoDate): number {
  return (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7));
}

/** Split the Kim–Xi meetings at the story's end and count what the headline and standfirst say. */
export function homeStory(meetings: readonly Meeting[]): HomeStory {
  const sorted = [...meetings].sort((a, b) => a.start.localeCompare(b.start));
  const story = sorted.filter((m) => m.start >= STORY_SPAN.from && m.start <= STORY_SPAN.to);
  const later = sorted.filter((m) => m.start > STORY_SPAN.to);
  const lastOfStory = story.at(-1);
  const firstLater = later[0];
  return {
    story,
    trips: story.filter((m) => m.direction === 'dprk-to-china'),
    visits: story.filter((m) => m.direction === 'china-to-dprk'),
    later,
    gapYears: lastOfStory && firstLater ? Math.floor(monthsBetween(lastOfStory.start, firstLater.start) / 12) : 0,
    storyMonths: story.length ? monthsBetween(story[0]!.start, story.at(-1)!.start) : 0,
  };
}

/** "in Beijing in September 2025 and in Pyongyang in June 2026": each later meeting, where and when. */
export function whereAndWhen(meetings: readonly Meeting[]): string {
  const parts = meetings.map((m) => `in ${m.place} in ${formatMonth(m.start)}`);
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}`;
}
