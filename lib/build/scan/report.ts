import type { ScanMention } from './mentions';

/** One line of JSON per file: the array of its mentions, keys in a fixed order. */
export function jsonReport(mentions: ScanMention[]): string {
  return JSON.stringify(
    mentions.map((m) => ({ text: m.text, start: m.start, end: m.end, id: m.id, name: m.name, type: m.type })),
  );
}

interface Row {
  name: string;
  id: string;
  type: string;
  count: number;
  forms: string[];
}

/**
 * A table per file for people: each entity found, its type, how often, and the forms seen,
 * most mentioned first.
 */
export function tableReport(file: string, mentions: ScanMention[]): string {
  const rows = new Map<string, Row>();
  for (const m of mentions) {
    const row = rows.get(m.id) ?? { name: m.name, id: m.id, type: m.type, count: 0, forms: [] };
    row.count++;
    const form = m.text.replace(/\s+/g, ' ');
    if (!row.forms.includes(form)) row.forms.push(form);
    rows.set(m.id, row);
  }
  const sorted = [...rows.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'en'));
  const heading = `${file}: ${mentions.length} mention${mentions.length === 1 ? '' : 's'} of ${sorted.length} entit${sorted.length === 1 ? 'y' : 'ies'}`;
  if (sorted.length === 0) return heading;
  const table = [
    ['entity', 'type', 'count', 'forms seen'],
    ...sorted.map((r) => [r.name, r.type, String(r.count), r.forms.join(', ')]),
  ];
  const widths = [0, 1, 2].map((c) => Math.max(...table.map((row) => row[c]!.length)));
  const lines = table.map((row) =>
    [row[0]!.padEnd(widths[0]!), row[1]!.padEnd(widths[1]!), row[2]!.padStart(widths[2]!), row[3]!].join('  '),
  );
  return [heading, ...lines.map((l) => '  ' + l)].join('\n');
}
