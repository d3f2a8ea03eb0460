import { z } from 'zod';
import { kebabId, text } from './fields.ts';

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
});

export type Actor = z.output<typeof actorSchema>;
