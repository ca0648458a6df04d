/** Plain-text report of an evaluation, printed by the quality test and scripts/quality-report.ts. */
import type { Evaluation } from './evaluate';
import type { Passage } from './fixtures';
import type { PartEvaluation } from './run';

const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The passage text around [start, end), on one line, with the span in brackets. */
function context(text: string, start: number, end: number, width = 40): string {
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  const before = flat(text.slice(Math.max(0, start - width), start));
  const after = flat(text.slice(end, end + width));
  return `…${before}[${flat(text.slice(start, end))}]${after}…`;
}

export function formatReport(evaluation: Evaluation, passages: readonly Passage[]): string {
  const textOf = new Map(passages.map((p) => [p.name, p.text]));
  const e = evaluation;
  const lines = [
    `Recognition quality on ${e.passages.positive} positive and ${e.passages.negative} negative passages`,
    `  recall      ${percent(e.recall)}  (${e.foundLabelled} of ${e.labelled} labelled mentions found with the right entity)`,
    `  precision   ${percent(e.precision)}  (${e.correctOnPositives} of ${e.returnedOnPositives} mentions returned on positive passages are labelled)`,
    `  false alarms on negative passages: ${e.falseAlarms}`,
  ];
  if (e.misses.length > 0) {
    lines.push('', `Missed (${e.misses.length}):`);
    for (const miss of e.misses) {
      const instead = miss.found.map((m) => ` — found ${m.id} on "${m.text}"`).join('');
      const text = textOf.get(miss.passage) ?? '';
      lines.push(`  ${miss.passage}: ${miss.label.id} ${context(text, miss.label.start, miss.label.end)}${instead}`);
    }
  }
  if (e.falseMentions.length > 0) {
    lines.push('', `False mentions (${e.falseMentions.length}):`);
    for (const f of e.falseMentions) {
      const labelled = f.overlapsLabels.map((l) => ` — labelled ${l.id}`).join('');
      const text = textOf.get(f.passage) ?? '';
      lines.push(`  [${f.kind}] ${f.passage}: ${f.mention.id} ${context(text, f.mention.start, f.mention.end)}${labelled}`);
    }
  }
  return lines.join('\n');
}

/** One line of figures: passages, recall, precision, false alarms. */
function figures(label: string, e: Evaluation): string {
  const recall = e.labelled === 0 ? '     -' : percent(e.recall).padStart(6);
  const precision = e.returnedOnPositives === 0 ? '     -' : percent(e.precision).padStart(6);
  return `  ${label.padEnd(14)} ${String(e.passages.positive).padStart(4)} ${String(e.passages.negative).padStart(4)} ${String(e.labelled).padStart(6)}  ${recall}  ${precision}  ${String(e.falseAlarms).padStart(5)}`;
}

/**
 * The report of `npm run quality`: per part, the figures as a whole and per kind of page, then
 * the misses and false mentions of the part in context.
 */
export function formatPartsReport(parts: readonly PartEvaluation[], passages: readonly Passage[]): string {
  const blocks: string[] = [];
  for (const { part, evaluation, genres } of parts) {
    const inPart = passages.filter((p) => p.part === part);
    blocks.push(
      [
        `== ${part} part`,
        `  ${'kind of page'.padEnd(14)} ${'pos'.padStart(4)} ${'neg'.padStart(4)} ${'labels'.padStart(6)}  ${'recall'.padStart(6)}  ${'prec.'.padStart(6)}  ${'false alarms'}`,
        ...genres.map((g) => figures(g.genre, g.evaluation)),
        figures('all', evaluation),
        '',
        formatReport(evaluation, inPart),
      ].join('\n'),
    );
  }
  return blocks.join('\n\n');
}
