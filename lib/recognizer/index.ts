/**
 * The recogniser: finds mentions of corpus entities in text in one linear pass.
 *
 *   const compiled = compileRecognizer(entities);   // background or corpus build; JSON-safe
 *   const recognizer = createRecognizer(compiled);   // content script; a few milliseconds
 *   recognizer.find(text);                           // [{ start, end, text, id }] by start
 *
 * Give `find` the text of a page with block elements separated by line breaks: lines are how
 * it tells a headline in capitals from running text.
 */

import type { CompiledRecognizer, Mention, Recognizer } from './types';
import { createScanner, scan } from './scan';
import { leftmostLongest } from './select';
import { AMBIGUOUS, CUED, NO_OWNER, OwnerResolver } from './cues';
import { confirm, type Resolved } from './ambiguity';
import { validateCompiled } from './validate';

export type { CompiledRecognizer, Mention, Recognizer, RecognizerEntry } from './types';
export { compileRecognizer } from './compile';

export function createRecognizer(compiled: CompiledRecognizer): Recognizer {
  validateCompiled(compiled);
  const scanner = createScanner(compiled);
  const owners = new OwnerResolver(compiled);

  return {
    find(text: string): Mention[] {
      const found = scan(scanner, text);
      // Owners first, so that a longer form dropped for want of a cue leaves room for a shorter
      // one ("GGE report" without a cue still lets "GGE" count).
      const candidates: Resolved[] = [];
      for (let i = 0; i < found.length; i++) {
        const start = found.start[i]!;
        const end = found.end[i]!;
        const owner = owners.resolve(text, start, end, found.formEnd[i]!, found.pattern[i]!);
        if (owner === NO_OWNER) continue;
        candidates.push({ start, end, entity: owner >> 2, ambiguous: (owner & AMBIGUOUS) !== 0, cued: (owner & CUED) !== 0 });
      }
      const resolved = leftmostLongest(candidates);
      const keep = confirm(text, resolved);
      const mentions: Mention[] = [];
      resolved.forEach((m, i) => {
        if (keep[i]) mentions.push({ start: m.start, end: m.end, text: text.slice(m.start, m.end), id: compiled.ids[m.entity]! });
      });
      return mentions;
    },
  };
}
