import type { AliasRule } from './corpus-schema';

/**
 * A surface form belongs to one entity unless every entity claiming it says how to tell them
 * apart (a rule with cues for that form). The bundled glossary refuses a clash at build time;
 * a team's glossary refuses it where a member writes and shows it where peers' entries meet.
 */

/** How two spellings of a form compare: case, spacing and apostrophe style do not count. */
export function formKey(form: string): string {
  return form.normalize('NFKC').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

export interface FormOwner {
  id: string;
  name?: string;
  aliases: readonly string[];
  rules: readonly AliasRule[];
}

export interface FormClaim<E extends FormOwner> {
  owner: E;
  form: string;
  /** "name", or the index of the alias. */
  at: 'name' | number;
}

export interface FormClash<E extends FormOwner> {
  claim: FormClaim<E>;
  /** The other entities' claims on the same form. */
  others: FormClaim<E>[];
}

/** Every claim on a form shared with another entity, where the claimant has no cues for it. */
export function formClashes<E extends FormOwner>(owners: readonly E[]): FormClash<E>[] {
  const claims = new Map<string, FormClaim<E>[]>();
  for (const owner of owners) {
    const forms: FormClaim<E>[] = [
      ...(owner.name !== undefined ? [{ owner, form: owner.name, at: 'name' as const }] : []),
      ...owner.aliases.map((form, i) => ({ owner, form, at: i })),
    ];
    for (const claim of forms) {
      const key = formKey(claim.form);
      claims.set(key, [...(claims.get(key) ?? []), claim]);
    }
  }
  const clashes: FormClash<E>[] = [];
  for (const [key, all] of claims) {
    const ids = new Set(all.map((c) => c.owner.id));
    if (ids.size < 2) continue;
    for (const claim of all) {
      if (hasCues(claim.owner, key)) continue;
      clashes.push({ claim, others: all.filter((c) => c.owner.id !== claim.owner.id) });
    }
  }
  return clashes;
}

function hasCues(owner: FormOwner, key: string): boolean {
  return owner.rules.some((r) => formKey(r.form) === key && (r.cues?.length ?? 0) > 0);
}
