import { getSite } from './site.ts';
import type { Actor } from '../schemas/actor.ts';

/**
 * Every actor as one list, the same list on every page (`Site.everyone`): the
 * people rules (src/lib/people/cast.ts) remember each actor's names per list,
 * so pages that share this list share that work.
 */
export async function getEveryone(): Promise<Actor[]> {
  return (await getSite()).everyone;
}
