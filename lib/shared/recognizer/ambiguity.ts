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
 * - A form ruled `introduced` (a surname) counts only by the second way: the field around it
 *   says nothing about which person of that name is meant.
 * - Mentions in text written in capitals neither count nor give evidence (see headline.ts).
 * - Ambiguous and cue-decided mentions are never evidence, so that two ambiguous forms cannot
 *   vouch for each other ("SCO" and "ITU" on a page about Unix and triathlon).
 */

import { Headlines } from './headline';
import { AMBIGUOUS, CUED, INTRODUCED, OWNER_SHIFT } from './cues';

export const EVIDENCE_WINDOW = 500;

/**
 * Which of the chosen mentions to keep (1) by the rule above; non-ambiguous ones always are.
 * `chosen` indexes `start`, `end` and `owner` (packed as in cues.ts) and is sorted by start;
 * `entities` bounds the entity numbers.
 */
export function confirm(
  text: string, start: Int32Array, end: Int32Array, owner: Int32Array, chosen: Int32Array, entities: number,
): Uint8Array {
  const m = chosen.length;
  const keep = new Uint8Array(m);
  let ambiguous = 0;
  for (let k = 0; k < m; k++) {
    if (owner[chosen[k]!]! & AMBIGUOUS) ambiguous++;
    else keep[k] = 1;
  }
  if (ambiguous === 0) return keep;

  const headlines = new Headlines(text);
  // 0 not yet known, 1 running text, 2 shouted: each mention's line is read at most once,
  // however many ambiguous mentions have it as a neighbour.
  const shouted = new Uint8Array(m);
  const isShouted = (k: number): boolean => {
    if (shouted[k] === 0) shouted[k] = headlines.isShouted(start[chosen[k]!]!, end[chosen[k]!]!) ? 2 : 1;
    return shouted[k] === 2;
  };
  const isEvidence = (k: number): boolean => (owner[chosen[k]!]! & (AMBIGUOUS | CUED)) === 0 && !isShouted(k);

  const introduced = new Uint8Array(entities);
  for (let k = 0; k < m; k++) {
    const entity = owner[chosen[k]!]! >> OWNER_SHIFT;
    if (introduced[entity] === 0 && isEvidence(k)) introduced[entity] = 1;
  }

  let lo = 0;
  for (let k = 0; k < m; k++) {
    const i = chosen[k]!;
    if (!(owner[i]! & AMBIGUOUS) || isShouted(k)) continue;
    const entity = owner[i]! >> OWNER_SHIFT;
    if (owner[i]! & INTRODUCED) {
      if (introduced[entity] && !afterName(text, start[i]!)) keep[k] = 1;
      continue;
    }
    if (introduced[entity]) {
      keep[k] = 1;
      continue;
    }
    const from = start[i]! - EVIDENCE_WINDOW;
    const to = end[i]! + EVIDENCE_WINDOW;
    // Mentions do not overlap, so their ends are sorted like their starts and the window only moves on.
    while (end[chosen[lo]!]! <= from) lo++;
    let first = -1;
    for (let j = lo; j < m && start[chosen[j]!]! < to; j++) {
      const entity = owner[chosen[j]!]! >> OWNER_SHIFT;
      // The cheap tests before the line is read: only a second distinct entity can decide.
      if (j === k || entity === first || !isEvidence(j)) continue;
      if (first < 0) first = entity;
      else {
        keep[k] = 1;
        break;
      }
    }
  }
  return keep;
}

const SPACE = /[ \t\u00a0]/;
const LETTER = /\p{L}/u;

/**
 * Whether the word before `at` is capitalised and not the first of its sentence: a surname
 * there is someone's given name ("Vice Premier Wang Yang"), while "But Yang said" or
 * "Mr. Yang" still stand for the person introduced.
 */
function afterName(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && SPACE.test(text[i - 1]!)) i--;
  const end = i;
  while (i > 0 && LETTER.test(text[i - 1]!)) i--;
  if (i === end || i === at || text[i] === text[i]!.toLowerCase()) return false;
  let j = i;
  while (j > 0 && SPACE.test(text[j - 1]!)) j--;
  return j > 0 && /[\p{L}\p{N},]/u.test(text[j - 1]!);
}
