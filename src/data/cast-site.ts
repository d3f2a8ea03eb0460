import { getSite } from './site.ts';
import type { Actor } from '../schemas/actor.ts';

/**
 * Every actor as one list, made once per build: the people rules
 * (src/lib/people/cast.ts) remember each actor's names per list, so pages
 * that share this list share that work.
 */
let cached: Promise<Actor[]> | undefined;

export function getEveryone(): Promise<Actor[]> {
  cached ??= getSite().then(({ actorById }) => [...actorById.values()]);
  return cached;
}
