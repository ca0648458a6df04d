import type { RecognizerEntry } from './types';
import { PatternFlags } from './types';
import { Kind, kindTable } from './char-classes';

/** One surface form of one entity, as the glossary wrote it. */
export interface Form {
  entity: number;
  text: string;
  /** Letters and digits in their case, for forms matched case-sensitively (acronyms); '' otherwise. */
  caseKey: string;
  ambiguous: boolean;
  introduced: boolean;
  cues: string[];
}

/** A spelling the automaton looks for, standing for one form. */
export interface Variant {
  form: number;
  text: string;
  flags: number;
}

const HYPHEN_JOIN_LIMIT = 3;

/** Strips what cannot start or end a mention: "(GGE)" is recognised as "GGE". */
function trimForm(text: string): string {
  const kind = kindTable();
  let a = 0;
  let b = text.length;
  while (a < b && kind[text.charCodeAt(a)] !== Kind.word) a++;
  while (b > a && kind[text.charCodeAt(b - 1)] !== Kind.word) b--;
  return text.slice(a, b);
}

/** Acronyms ("SCO", "CERT|CC", "A/68/98") have no lowercase letter; they match case-sensitively. */
export function isAcronym(form: string): boolean {
  return !/\p{Ll}/u.test(form);
}

function caseKeyOf(form: string): string {
  const kind = kindTable();
  let key = '';
  for (let i = 0; i < form.length; i++) if (kind[form.charCodeAt(i)] === Kind.word) key += form[i];
  return key;
}

function flagsOf(text: string): number {
  let flags = 0;
  if (/\p{L}$/u.test(text)) flags |= PatternFlags.footnote;
  if (/(?:s|x|z|ch|sh)$/i.test(text)) flags |= PatternFlags.pluralEs;
  return flags;
}

/**
 * Spellings of a name that the symbol stream cannot equate by itself: each intra-word hyphen
 * dropped ("multi-stakeholder" also as "multistakeholder", which is how "multi-\nstakeholder"
 * reads once the line-end hyphen is joined), and "-y" plurals ("policy" → "policies").
 */
function spellings(text: string): { text: string; flags: number }[] {
  const out = [{ text, flags: flagsOf(text) }];
  const kind = kindTable();
  const hyphens: number[] = [];
  for (let i = 1; i < text.length - 1; i++) {
    if (kind[text.charCodeAt(i)] === Kind.hyphen && kind[text.charCodeAt(i - 1)] === Kind.word && kind[text.charCodeAt(i + 1)] === Kind.word) {
      hyphens.push(i);
    }
  }
  const masks = hyphens.length <= HYPHEN_JOIN_LIMIT
    ? Array.from({ length: (1 << hyphens.length) - 1 }, (_, m) => m + 1)
    : [(1 << hyphens.length) - 1];
  for (const mask of masks) {
    let joined = '';
    let from = 0;
    hyphens.forEach((at, bit) => {
      if (mask & (1 << bit)) { joined += text.slice(from, at); from = at + 1; }
    });
    joined += text.slice(from);
    out.push({ text: joined, flags: flagsOf(joined) });
  }
  if (/[^aeiou]y$/i.test(text)) out.push({ text: text.slice(0, -1) + 'ies', flags: PatternFlags.plural });
  return out;
}

/** "US-China dialogue" → "U.S.-China dialogue": two-letter acronyms are often written with dots. */
function dotInitials(text: string): string {
  return text.replace(/(?<![\p{L}\p{N}.])(\p{Lu})(\p{Lu})(?![\p{L}\p{N}])/gu, '$1.$2.');
}

function fail(entry: RecognizerEntry | undefined, index: number, what: string): never {
  const who = typeof entry?.id === 'string' && entry.id ? `entity "${entry.id}"` : `entry #${index}`;
  throw new Error(`compileRecognizer: ${who}: ${what}`);
}

function validate(entry: RecognizerEntry, index: number): void {
  if (typeof entry !== 'object' || entry === null) fail(undefined, index, 'expected an object with id, name, aliases, rules');
  if (typeof entry.id !== 'string' || !entry.id) fail(entry, index, 'id: expected a non-empty string');
  if (typeof entry.name !== 'string') fail(entry, index, 'name: expected a string');
  if (!Array.isArray(entry.aliases) || entry.aliases.some((a) => typeof a !== 'string')) fail(entry, index, 'aliases: expected an array of strings');
  if (!Array.isArray(entry.rules)) fail(entry, index, 'rules: expected an array');
  for (const rule of entry.rules) {
    if (typeof rule?.form !== 'string') fail(entry, index, 'rules: every rule needs a form (string)');
    if (rule.form !== entry.name && !entry.aliases.includes(rule.form)) {
      fail(entry, index, `rules: "${rule.form}" is neither the name nor one of the aliases`);
    }
    if (rule.cues !== undefined && (!Array.isArray(rule.cues) || rule.cues.some((c) => typeof c !== 'string' || !c.trim()))) {
      fail(entry, index, `rules: cues of "${rule.form}" must be non-empty strings`);
    }
  }
}

/** Every form of every entry, and the spellings the automaton must know for each. */
export function collectForms(entries: RecognizerEntry[]): { forms: Form[]; variants: Variant[] } {
  if (!Array.isArray(entries)) throw new Error('compileRecognizer: expected an array of entries');
  const forms: Form[] = [];
  const variants: Variant[] = [];
  entries.forEach((entry, entity) => {
    validate(entry, entity);
    const seen = new Set<string>();
    for (const raw of [entry.name, ...entry.aliases]) {
      const text = trimForm(raw);
      if (!text || seen.has(text)) continue;
      seen.add(text);
      const rules = entry.rules.filter((r) => r.form === raw || trimForm(r.form) === text);
      const acronym = isAcronym(text);
      const form = forms.length;
      forms.push({
        entity,
        text,
        caseKey: acronym ? caseKeyOf(text) : '',
        ambiguous: rules.some((r) => r.ambiguous === true),
        introduced: rules.some((r) => r.introduced === true),
        cues: rules.flatMap((r) => r.cues ?? []),
      });
      const dotted = trimForm(dotInitials(text));
      const plain = dotted === text ? [text] : [text, dotted];
      // Trimming took the final dot off "U.S.": a spelling with it lets the longest match keep it.
      const withDot = plain.filter((s) => /\.\p{L}$/u.test(s)).map((s) => `${s}.`);
      for (const spelling of [...plain, ...withDot]) {
        if (acronym) variants.push({ form, text: spelling, flags: flagsOf(spelling) });
        else for (const s of spellings(spelling)) variants.push({ form, ...s });
      }
    }
  });
  return { forms, variants };
}
