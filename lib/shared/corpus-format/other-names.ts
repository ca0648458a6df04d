import type { Entity } from './corpus-schema';

/**
 * The names an entity is also known by, as a card or row lists them: its aliases less the
 * forms the host already shows (`shown`: by default the short name and the official name), the
 * curated `variants`, and any alias that differs from a form shown or listed only in case, spacing, punctuation, apostrophe style or a plural "s"
 * ("UN-GGE" beside "UN GGE", "People’s" beside "People's"), so that the list holds other names
 * only. In the glossary's order, which puts the common ones first.
 */
export function otherNames(
  entity: Pick<Entity, 'name' | 'shortName' | 'aliases' | 'variants'>,
  shown: readonly string[] = [entity.shortName, entity.name],
): string[] {
  const variants = new Set(entity.variants);
  const seen = new Set(shown.map(spellingKey));
  const names: string[] = [];
  for (const alias of entity.aliases) {
    if (variants.has(alias)) continue;
    const key = spellingKey(alias);
    if (seen.has(key)) continue;
    seen.add(key);
    names.push(alias);
  }
  return names;
}

/**
 * What two spellings of a form share: its words lowercased, without accents, a plural "s" or
 * the marks between them ("Groups of Governmental Experts" = "group of governmental expert",
 * "UN-GGE" = "UNGGE"). Within one entity's forms that never merges two different names.
 */
function spellingKey(form: string): string {
  const words = form.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().split(/[^\p{L}\p{N}]+/u);
  return words.map((w) => w.replace(/(?<=..)s$/, '')).join('');
}
