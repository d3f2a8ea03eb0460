import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/loader/pipeline.ts';
import { readoutsSchema, topicWordIn, type Readouts } from '../../src/schemas/readout.ts';
import { isKimXiMeeting, partings } from '../../src/lib/readouts.ts';
import { READOUT_PUBLISHERS, READOUT_SIDE_IDS, READOUT_TOPIC_IDS } from '../../src/schemas/vocabulary.ts';

/**
 * The two official readouts of every Kim–Xi meeting: the real content holds
 * every meeting to a Chinese and a North Korean readout from the right
 * publishers, with a mark on every topic, and every "stressed" or
 * "mentioned" resting on words that name the topic. The bad-content cases
 * (tests/fixtures/bad-content/readouts-*) hold the messages.
 */

const { problems, content } = await runPipeline(process.cwd());
const meetings = content.events.filter((e) => isKimXiMeeting(e.data)).map((e) => e.data.id);
const byId = new Map(content.readouts.map((r) => [r.data.id, r.data]));

describe('the real content', () => {
  it('passes the content check', () => {
    expect(problems).toEqual([]);
  });

  it('counts the six meetings of the record as Kim–Xi meetings, and no other visit', () => {
    expect(meetings.sort()).toEqual(['kim-visit-china-1', 'kim-visit-china-2', 'kim-visit-china-3', 'kim-visit-china-4', 'kim-visit-china-5', 'xi-visit-pyongyang']);
    // Kim's call at the Chinese embassy names Xi and the ambassador: the leaders did not meet.
    const embassy = content.events.find((e) => e.data.id === 'kim-condolence-bus-crash');
    expect(embassy && isKimXiMeeting(embassy.data)).toBe(false);
  });

  for (const id of ['kim-visit-china-1', 'kim-visit-china-2', 'kim-visit-china-3', 'kim-visit-china-4', 'kim-visit-china-5', 'xi-visit-pyongyang']) {
    describe(id, () => {
      const readouts = byId.get(id);

      it('has a Chinese and a North Korean readout, each from a publisher of its side', () => {
        expect(readouts, `content/readouts/${id}.yaml`).toBeDefined();
        for (const side of READOUT_SIDE_IDS) expect(READOUT_PUBLISHERS[side]).toContain(readouts![side].publisher);
        expect(readouts!.china.url).not.toBe(readouts!.dprk.url);
      });

      it('marks every topic on both sides', () => {
        for (const side of READOUT_SIDE_IDS) {
          expect(Object.keys(readouts![side].topics).sort()).toEqual([...READOUT_TOPIC_IDS].sort());
        }
      });

      it('rests every stressed or mentioned mark on a quotation that names the topic', () => {
        for (const side of READOUT_SIDE_IDS) {
          for (const topic of READOUT_TOPIC_IDS) {
            const entry = readouts![side].topics[topic]!;
            if (entry.mark === 'absent') {
              expect(entry.quotation).toBeUndefined();
              continue;
            }
            expect(entry.quotation, `${side}.${topic}`).toBeDefined();
            expect(topicWordIn(entry.quotation!.text, topic), `${side}.${topic}: ${entry.quotation!.text}`).toBeDefined();
          }
        }
      });

      it('says in one sentence where the readouts part, when they do', () => {
        if (partings(readouts!).length > 0) expect(readouts!.difference).toMatch(/^[A-Z].{40,}[.]$/);
      });
    });
  }
});

describe('topic words', () => {
  it('match at the start of a word, ignoring case', () => {
    expect(topicWordIn('Kim reaffirmed the Denuclearisation of the peninsula', 'denuclearization')).toBe('denucleari');
    expect(topicWordIn('China backs economic development', 'sanctions-economy')).toBe('econom');
    expect(topicWordIn('relations between the two parties', 'party-language')).toBe('parties');
  });

  it('match an all-capital word only as itself', () => {
    expect(topicWordIn('thus they used the occasion', 'united-states')).toBeUndefined();
    expect(topicWordIn('a summit with the US soon', 'united-states')).toBe('US');
    expect(topicWordIn('mutual trust with the U.S. through dialogue', 'united-states')).toBe('U.S.');
  });

  it('never match inside another word', () => {
    expect(topicWordIn('a thermonuclearly charged speech', 'denuclearization')).toBeUndefined();
    expect(topicWordIn('unwarmed', 'personal-ties')).toBeUndefined();
  });
});

describe('the schema', () => {
  const absent = Object.fromEntries(READOUT_TOPIC_IDS.map((t) => [t, { mark: 'absent' }]));
  const side = (publisher: string, topics: Record<string, unknown> = absent) => ({ publisher, title: 'T', date: '2018-03-28', url: 'https://example.org/r', read: 'whole', topics });
  const entry = (china: unknown, dprk: unknown, extra: Record<string, unknown> = {}) => ({ id: 'fixture-event', china, dprk, ...extra });

  it('accepts two readouts from the right sides with every topic absent', () => {
    expect(readoutsSchema.safeParse(entry(side('Xinhua'), side('KCNA'))).success).toBe(true);
  });

  it('names the side a misplaced publisher belongs to', () => {
    const result = readoutsSchema.safeParse(entry(side('Xinhua'), side('CCTV')));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['dprk.publisher', '"CCTV" publishes the chinese readout, not the north korean readout; move this readout under china, or give a publisher of this side: KCNA, Rodong Sinmun'],
    ]);
  });

  it('refuses a publisher of neither side, naming the allowed ones', () => {
    const result = readoutsSchema.safeParse(entry(side('Reuters'), side('KCNA')));
    expect(result.error?.issues[0]?.message).toBe('"Reuters" is not an official publisher of the chinese readout; use one of: Xinhua, PRC Foreign Ministry, People\'s Daily, CCTV (name a copy such as KCNA Watch in carriedBy)');
  });

  it('requires the sentence on where they part when one reports a topic the other leaves out', () => {
    const reported = { ...absent, 'united-states': { mark: 'mentioned', quotation: { text: 'dialogue with the United States' } } };
    const result = readoutsSchema.safeParse(entry(side('Xinhua', reported), side('KCNA')));
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['difference', 'the readouts part on "The United States" (one reports it, the other does not); add difference: one neutral sentence saying so'],
    ]);
    expect(readoutsSchema.safeParse(entry(side('Xinhua', reported), side('KCNA'), { difference: 'Only Xinhua mentions the United States.' })).success).toBe(true);
  });

  it('refuses a quotation on a topic marked absent', () => {
    const quoted = { ...absent, 'south-korea': { mark: 'absent', quotation: { text: 'South Korea' } } };
    const result = readoutsSchema.safeParse(entry(side('Xinhua'), side('KCNA', quoted)));
    expect(result.error?.issues.map((i) => i.message)).toEqual(['a topic marked absent has no quotation; remove the quotation, or mark it mentioned or stressed']);
  });
});

describe('partings', () => {
  it('lists the topics one readout reports and the other does not, with the side that reports them', () => {
    const readouts = byId.get('kim-visit-china-1') as Readouts;
    expect(partings(readouts)).toEqual([
      { topic: 'denuclearization', reportedBy: 'china' },
      { topic: 'united-states', reportedBy: 'china' },
      { topic: 'south-korea', reportedBy: 'china' },
    ]);
  });
});
