import type { AliasRule, EntityType } from '../../shared/corpus-format/corpus-schema';
import type { TeamEntry, TeamFact, TeamSource } from '../../notes/team-glossary';

/**
 * The entry form's state and the draft it becomes. Aliases are typed as one comma-separated
 * line; rules one per line, "FORM: ambiguous" or "FORM: cues word, word". What the member types
 * is passed on as typed: the shared rules say what is wrong with it.
 */
export interface EntryFormState {
  id: string;
  /** The bundled entity the entry adds to, or "". */
  extends: string;
  name: string;
  type: EntityType | '';
  aliases: string;
  summary: string;
  rules: string;
  facts: TeamFact[];
  /** Text of the fact to add with `pendingSource`. */
  factText: string;
  pendingSource: TeamSource | null;
}

export function emptyForm(source: TeamSource | null = null): EntryFormState {
  return { id: '', extends: '', name: '', type: '', aliases: '', summary: '', rules: '', facts: [], factText: '', pendingSource: source };
}

export function formOf(entry: TeamEntry): EntryFormState {
  return {
    id: entry.id,
    extends: entry.extends ?? '',
    name: entry.name ?? '',
    type: entry.type ?? '',
    aliases: entry.aliases.join(', '),
    summary: entry.summary ?? '',
    rules: entry.rules.map(ruleLine).join('\n'),
    facts: entry.facts,
    factText: '',
    pendingSource: null,
  };
}

/** An id from a name, as the bundled glossary writes them: "Paris Call" → "paris-call". */
export function idFromName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64);
}

export function draftOf(form: EntryFormState): Record<string, unknown> {
  const facts = [...form.facts];
  if (form.factText.trim() !== '' || form.pendingSource) {
    facts.push({ text: form.factText, ...(form.pendingSource ? { source: form.pendingSource } : {}) } as TeamFact);
  }
  const optional = (key: string, value: string) => (form.extends !== '' && value.trim() === '' ? {} : { [key]: value });
  return {
    id: form.id.trim() || idFromName(form.name || form.extends),
    ...(form.extends ? { extends: form.extends } : {}),
    ...optional('name', form.name),
    ...optional('type', form.type),
    ...optional('summary', form.summary),
    aliases: form.aliases.split(',').map((a) => a.trim()).filter((a) => a !== ''),
    rules: form.rules.split('\n').filter((line) => line.trim() !== '').map(parseRule),
    facts,
  };
}

function ruleLine(rule: AliasRule): string {
  const parts = [
    ...(rule.ambiguous ? ['ambiguous'] : []),
    ...(rule.cues ? [`cues ${rule.cues.join(', ')}`] : []),
    ...(rule.introduced ? ['introduced'] : []),
  ];
  return `${rule.form}: ${parts.join('; ')}`;
}

function parseRule(line: string): Record<string, unknown> {
  const colon = line.lastIndexOf(':');
  const form = colon === -1 ? line.trim() : line.slice(0, colon).trim();
  const rule: Record<string, unknown> = { form };
  for (const part of (colon === -1 ? '' : line.slice(colon + 1)).split(';').map((p) => p.trim())) {
    if (part === 'ambiguous') rule.ambiguous = true;
    else if (part === 'introduced') rule.introduced = true;
    else if (part.startsWith('cues')) rule.cues = part.slice(4).split(',').map((c) => c.trim()).filter(Boolean);
  }
  return rule;
}

/** A source from the passage selected in the described tab. */
export function sourceFrom(selection: { quote: string; prefix: string; suffix: string }, page: { url?: string; title?: string }, now = new Date()): TeamSource | null {
  if (!page.url) return null;
  return {
    quote: selection.quote,
    prefix: selection.prefix,
    suffix: selection.suffix,
    url: page.url.replace(/#.*$/, ''),
    title: page.title?.trim() || page.url,
    date: now.toISOString().slice(0, 10),
  };
}
