/**
 * The context rule for ambiguous forms (ARF, ITU, SCO, Kerry...): such a mention counts only
 * where the text around it is about the field, and the evidence is the unambiguous mentions
 * around it.
 *
 * - Within EVIDENCE_WINDOW characters either side (about a paragraph) there must be unambiguous
 *   mentions of at least two different entities. One is not enough because the field's
 *   vocabulary includes everyday names: a triathlon report says "Japan", a page on the SCO Group
 *   says "United States"; two distinct corpus entities near each other rarely happen by chance.
 * - Or the entity itself is mentioned unambiguously anywhere in the text ("John Kerry" earlier
 *   makes a later "Kerry" him): pages introduce a name in full before abbreviating it.
 * - Mentions in text written in capitals neither count nor give evidence (see headline.ts).
 * - Ambiguous and cue-decided mentions are never evidence, so that two ambiguous forms cannot
 *   vouch for each other ("SCO" and "ITU" on a page about Unix and triathlon).
 */

import { Headlines } from './headline';

export const EVIDENCE_WINDOW = 500;
const DISTINCT_NEIGHBOURS = 2;

export interface Resolved {
  start: number;
  end: number;
  entity: number;
  ambiguous: boolean;
  cued: boolean;
}

/** Which resolved mentions to keep, by the rule above; non-ambiguous ones are always kept. */
export function confirm(text: string, mentions: Resolved[]): boolean[] {
  const keep = mentions.map((m) => !m.ambiguous);
  if (mentions.every((m) => !m.ambiguous)) return keep;

  const headlines = new Headlines(text);
  const isEvidence = (i: number): boolean => {
    const m = mentions[i]!;
    return !m.ambiguous && !m.cued && !headlines.isShouted(m.start, m.end);
  };

  const introduced = new Set<number>();
  mentions.forEach((m, i) => {
    if (!m.ambiguous && !m.cued && !introduced.has(m.entity) && isEvidence(i)) introduced.add(m.entity);
  });

  mentions.forEach((m, i) => {
    if (!m.ambiguous || headlines.isShouted(m.start, m.end)) return;
    if (introduced.has(m.entity)) { keep[i] = true; return; }
    const from = m.start - EVIDENCE_WINDOW;
    const to = m.end + EVIDENCE_WINDOW;
    // Mentions do not overlap, so their ends are sorted like their starts.
    let lo = 0;
    let hi = mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (mentions[mid]!.end <= from) lo = mid + 1;
      else hi = mid;
    }
    const seen = new Set<number>();
    for (let j = lo; j < mentions.length && mentions[j]!.start < to && seen.size < DISTINCT_NEIGHBOURS; j++) {
      if (j !== i && isEvidence(j)) seen.add(mentions[j]!.entity);
    }
    keep[i] = seen.size >= DISTINCT_NEIGHBOURS;
  });
  return keep;
}
