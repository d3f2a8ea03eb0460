import { z } from 'astro/zod';
import { isoDate, kebabId, text, webUrl } from './fields.ts';
import {
  READOUT_MARK_IDS,
  READOUT_MARKS,
  READOUT_PUBLISHERS,
  READOUT_SIDES,
  READOUT_TOPIC_IDS,
  READOUT_TOPIC_WORDS,
  READOUT_TOPICS,
  type ReadoutSide,
  type ReadoutTopic,
} from './vocabulary.ts';

/**
 * The two official readouts of one Kim–Xi meeting
 * (content/readouts/<event-id>.yaml): what Beijing's account and Pyongyang's
 * account each said, topic by topic, every "stressed" or "mentioned" resting
 * on the readout's own words.
 */

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The topic word a quotation contains, or undefined. Words match at the start
 * of a word, ignoring case; an all-capital word (US, WPK, CPC) matches only
 * as itself, so "US" never matches "use" or "thus".
 */
export function topicWordIn(quotation: string, topic: ReadoutTopic): string | undefined {
  return READOUT_TOPIC_WORDS[topic].find((word) => {
    const acronym = /^[A-Z][A-Z.-]*$/.test(word);
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(word)}${acronym ? '(?![\\p{L}])' : ''}`, acronym ? 'u' : 'iu');
    return pattern.test(quotation);
  });
}

/** A page where words were read: a quotation, when not on the readout's own page, or a note's source. */
export const quotedInSchema = z.strictObject({
  /** Who printed it ("The Korea Herald", "VnExpress International (AFP)"). */
  publisher: text('publisher'),
  /** The page where the words were read. */
  url: webUrl,
});

/** Words of a readout, copied exactly from what was read, with where they were read. */
export const quotationSchema = z.strictObject({
  /** The words, exactly as printed (one or two sentences at most). */
  text: text('text'),
  /** The page the words were read on, when it is not the readout's `url`. */
  quotedIn: quotedInSchema.optional(),
  /**
   * True when `text` is a report's summary of the readout ("KCNA said Kim
   * explained …"), not the readout's own words; the grid marks it so.
   */
  reported: z.literal(true, { error: 'reported must be true, or left out when the text is the readout\'s own words' }).optional(),
});

/** One topic's mark in one readout: how much room the readout gives it, and the words that show it. */
export const topicMarkSchema = z.strictObject({
  /** stressed (a main point of the readout), mentioned (said in passing) or absent (not in the text read). */
  mark: z.enum(READOUT_MARK_IDS, {
    error: (i) => `unknown mark "${String(i.input)}"; use one of: ${Object.keys(READOUT_MARKS).join(', ')}`,
  }),
  /** The words the mark rests on; required for stressed and mentioned, left out for absent. */
  quotation: quotationSchema.optional(),
});

const topicsShape = Object.fromEntries(
  READOUT_TOPIC_IDS.map((topic) => [topic, topicMarkSchema.optional()]),
) as Record<ReadoutTopic, z.ZodOptional<typeof topicMarkSchema>>;

/** One side's readout: who published it, where it was read, and its mark on every topic. */
export const readoutSchema = z.strictObject({
  /** The state agency or organ whose account this is: Xinhua, PRC Foreign Ministry, People's Daily, CCTV; or KCNA, Rodong Sinmun. */
  publisher: text('publisher'),
  /** Who carried the text that was read, when not the publisher itself ("KCNA Watch", "Yonhap News Agency"). */
  carriedBy: text('carriedBy').optional(),
  /** The title of the page read, as printed. */
  title: text('title'),
  /** The day the readout (or the copy read) was published. */
  date: isoDate,
  /** The page where the readout was read. */
  url: webUrl,
  /** "whole" when the full text was read; "part" when only passages were (then "absent" means absent from those passages). */
  read: z.enum(['whole', 'part'], { error: 'read must be "whole" (the full text was read) or "part" (only passages were)' }),
  /** Every topic of the fixed set, each with its mark. */
  topics: z.strictObject(topicsShape, { error: `topics must be a group of the ${READOUT_TOPIC_IDS.length} topics (${READOUT_TOPIC_IDS.join(', ')}), each with a mark` }),
  /** What others reported of this readout, in the record's voice ("NHK reported that …"), with where it was read. */
  note: z
    .strictObject({
      /** The note, one or two sentences. */
      text: text('note.text'),
      /** The page it rests on. */
      source: quotedInSchema,
    })
    .optional(),
});

/** Problems of one side's readout that depend on its side and on each topic's mark. */
function readoutProblems(readout: z.output<typeof readoutSchema>, side: ReadoutSide, ctx: z.RefinementCtx): void {
  const allowed = READOUT_PUBLISHERS[side];
  if (!allowed.includes(readout.publisher)) {
    const other = (Object.keys(READOUT_PUBLISHERS) as ReadoutSide[]).find((s) => s !== side && READOUT_PUBLISHERS[s].includes(readout.publisher));
    ctx.addIssue({
      code: 'custom',
      path: [side, 'publisher'],
      message: other
        ? `"${readout.publisher}" publishes the ${READOUT_SIDES[other].toLowerCase()}, not the ${READOUT_SIDES[side].toLowerCase()}; move this readout under ${other}, or give a publisher of this side: ${allowed.join(', ')}`
        : `"${readout.publisher}" is not an official publisher of the ${READOUT_SIDES[side].toLowerCase()}; use one of: ${allowed.join(', ')} (name a copy such as KCNA Watch in carriedBy)`,
    });
  }
  for (const topic of READOUT_TOPIC_IDS) {
    const entry = readout.topics[topic];
    const path = [side, 'topics', topic];
    if (!entry) {
      ctx.addIssue({ code: 'custom', path, message: `no mark for "${READOUT_TOPICS[topic]}"; add ${topic}: { mark: absent } or a stressed/mentioned mark with its quotation` });
      continue;
    }
    if (entry.mark === 'absent') {
      if (entry.quotation) ctx.addIssue({ code: 'custom', path: [...path, 'quotation'], message: `a topic marked absent has no quotation; remove the quotation, or mark it mentioned or stressed` });
      continue;
    }
    if (!entry.quotation) {
      ctx.addIssue({ code: 'custom', path: [...path, 'mark'], message: `"${entry.mark}" needs the readout's words; add quotation: { text: "…" } copied from the readout, or mark it absent` });
      continue;
    }
    if (!topicWordIn(entry.quotation.text, topic)) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, 'quotation', 'text'],
        message: `the quotation for "${READOUT_TOPICS[topic]}" contains none of its words (${READOUT_TOPIC_WORDS[topic].join(', ')}); quote the words where the readout speaks of it, or mark it absent`,
      });
    }
  }
}

/** The two readouts of one Kim–Xi meeting (content/readouts/<id>.yaml). */
export const readoutsSchema = z
  .strictObject({
    /** The meeting's event id (content/events/<id>.md), equal to the file name. */
    id: kebabId,
    /** The Chinese official readout: Xinhua, the PRC Foreign Ministry, People's Daily or CCTV. */
    china: readoutSchema,
    /** The North Korean official readout: KCNA or Rodong Sinmun. */
    dprk: readoutSchema,
    /**
     * One neutral sentence on where the two readouts part: a topic one reports
     * and the other omits, or contradicts. Required when their marks differ
     * on any topic between absent and not absent.
     */
    difference: text('difference').optional(),
  })
  .superRefine((entry, ctx) => {
    readoutProblems(entry.china, 'china', ctx);
    readoutProblems(entry.dprk, 'dprk', ctx);
    const parted = READOUT_TOPIC_IDS.filter((t) => {
      const a = entry.china.topics[t]?.mark;
      const b = entry.dprk.topics[t]?.mark;
      return a && b && (a === 'absent') !== (b === 'absent');
    });
    if (parted.length > 0 && !entry.difference) {
      ctx.addIssue({
        code: 'custom',
        path: ['difference'],
        message: `the readouts part on ${parted.map((t) => `"${READOUT_TOPICS[t]}"`).join(', ')} (one reports it, the other does not); add difference: one neutral sentence saying so`,
      });
    }
  });

export type Readouts = z.output<typeof readoutsSchema>;
export type Readout = z.output<typeof readoutSchema>;
