import { z } from 'astro/zod';
import { isoDate, kebabId, text, webUrl } from './fields.ts';
import { ROMANIZATION_IDS, ROMANIZATIONS } from './vocabulary.ts';

/** One romanized spelling of a name, and the system it follows. */
export const romanizationSchema = z.strictObject({
  /** The system: rr (Revised Romanization), mr (McCune–Reischauer), dprk (the DPRK's own official spelling), pinyin, wade-giles, common (the usual English press spelling). */
  system: z.enum(ROMANIZATION_IDS, { error: (i) => `unknown romanization system "${String(i.input)}"; use one of: ${Object.keys(ROMANIZATIONS).join(', ')}` }),
  /** The spelling, as written in that system ("Kim Chŏng-ŭn"). */
  form: text('romanization form'),
});

/** Where a name's forms are printed: an encyclopedia entry may carry no date, so the date is optional. */
export const nameSourceSchema = z.strictObject({
  /** Publisher ("Wikipedia", "Kukmin Ilbo"). */
  publisher: text('names source publisher'),
  /** Title of the page, as published. */
  title: text('names source title'),
  /** Its publication date, where the page has one. */
  date: isoDate.optional(),
  /** Its http(s) address. */
  url: webUrl,
});

/**
 * A Korean or Chinese actor's name in its own script and in the romanizations
 * readers meet in sources. Search matches every form, so a reader who types
 * 김정은, 金正恩 or "Kim Chong Un" reaches the same page.
 */
export const nativeNamesSchema = z
  .strictObject({
    /** The name in Hangul (Korean actors): "김정은". */
    hangul: text('names.hangul').optional(),
    /** The name in Chinese characters as written in mainland China (simplified): "习近平"; for Korean actors, the Hanja their state media give. */
    hanzi: text('names.hanzi').optional(),
    /** Traditional characters, only where they differ from `hanzi`: "習近平". */
    hanziTraditional: text('names.hanziTraditional').optional(),
    /** Romanizations found in sources, at least one. */
    romanizations: z.array(romanizationSchema, { error: 'names.romanizations must be a list of { system, form }' }).min(1, { error: 'give at least one romanization; add { system: rr, form: "…" }' }),
    /** Where the native forms are attested: at least one public reference. */
    sources: z.array(nameSourceSchema, { error: 'names.sources must be a list of references' }).min(1, { error: 'native names need a source; add a { publisher, title, url } reference that prints them (and its date, where it has one)' }),
  })
  .superRefine((names, ctx) => {
    if (!names.hangul && !names.hanzi) {
      ctx.addIssue({ code: 'custom', message: 'names needs hangul or hanzi (the name in its own script); add one, or remove names' });
    }
    if (names.hanziTraditional && names.hanziTraditional === names.hanzi) {
      ctx.addIssue({ code: 'custom', path: ['hanziTraditional'], message: 'hanziTraditional is the same as hanzi; remove it (give it only where the traditional form differs)' });
    }
  });

/** A person who appears in events (content/actors/<id>.yaml). */
export const actorSchema = z.strictObject({
  /** Kebab-case id, equal to the file name. */
  id: kebabId,
  /** Name as usually written in English ("Kim Jong Un"). */
  name: text('name'),
  /** Office or role in 2017–2019, briefly. */
  role: text('role'),
  /** Country or body the actor speaks for. */
  country: text('country'),
  /** For Korean and Chinese actors: the name in Hangul or Hanzi and its romanizations, from sources. */
  names: nativeNamesSchema.optional(),
});

export type Actor = z.output<typeof actorSchema>;
