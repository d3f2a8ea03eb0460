import type { NamedPerson } from '../../lib/search/names.ts';
import type { Actor } from '../../schemas/actor.ts';
import type { Site } from '../site.ts';

/** Every written form of an actor's name: the English name, the native scripts, each romanization. */
export function nameForms(actor: Actor): string[] {
  const n = actor.names;
  const forms = [actor.name, n?.hangul, n?.hanzi, n?.hanziTraditional, ...(n?.romanizations.map((r) => r.form) ?? [])];
  return [...new Set(forms.filter((f): f is string => typeof f === 'string' && f !== ''))];
}

/** The people search can find by name (/search/names.json). */
export function buildNames(site: Site): NamedPerson[] {
  return [...site.actorById.values()].map((a) => ({ id: a.id, name: a.name, forms: nameForms(a) }));
}
