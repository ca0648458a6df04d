/**
 * The recogniser: finds mentions of corpus entities in text in one linear pass.
 *
 *   const compiled = compileRecognizer(entities);   // background or corpus build; JSON-safe
 *   const machine = transferMachine(compiled);        // background; JSON-safe, a megabyte or two
 *   const recognizer = createRecognizer(compiled, machine); // content script; nothing to build
 *   recognizer.find(text);                           // [{ start, end, text, id }] by start
 *
 * Without `machine`, createRecognizer builds the automaton itself: tens of milliseconds for
 * the shipped corpus, which is what a page would pay on every load.
 *
 * Give `find` the text of a page with block elements separated by line breaks: lines are how
 * it tells a headline in capitals from running text.
 */

import type { CompiledRecognizer, Mention, Recognizer } from './types';
import { createPassTables, findMatches } from './linear-pass';
import { HOT_STATES } from './automaton';
import { encodeMachine, type TransferredMachine } from './machine-transfer';
import { leftmostLongest } from './select';
import { OWNER_SHIFT, OwnerResolver } from './cues';
import { confirm } from './ambiguity';
import { validateCompiled } from './validate';
import { SurfaceForms } from './surface-forms';

export type { CompiledRecognizer, Mention, Recognizer, RecognizerEntry } from './types';
export { compileRecognizer } from './compile';
export type { TransferredMachine } from './machine-transfer';

/** The automaton of `compiled`, built once (in the background) for content scripts to use as it is. */
export function transferMachine(compiled: CompiledRecognizer): TransferredMachine {
  validateCompiled(compiled);
  return encodeMachine(createPassTables(compiled).machine);
}

export function createRecognizer(compiled: CompiledRecognizer, machine?: TransferredMachine): Recognizer {
  validateCompiled(compiled);
  const tables = createPassTables(compiled, HOT_STATES, machine);
  const owners = new OwnerResolver(compiled);
  const { ids } = compiled;
  const surfaces = new SurfaceForms(ids.length);

  return {
    find(text: string): Mention[] {
      const found = findMatches(tables, text);
      const { start, end } = found;
      // Owners first, so that a longer form dropped for want of a cue leaves room for a shorter
      // one ("GGE report" without a cue still lets "GGE" count).
      const owner = new Int32Array(found.length);
      owners.reset();
      for (let i = 0; i < found.length; i++) {
        owner[i] = owners.resolve(text, start[i]!, end[i]!, found.formEnd[i]!, found.pattern[i]!);
      }
      owners.reset();
      const chosen = leftmostLongest(start, end, owner, found.length);
      const keep = confirm(text, start, end, owner, chosen, ids.length);
      let kept = 0;
      for (let k = 0; k < keep.length; k++) kept += keep[k]!;
      const mentions = new Array<Mention>(kept);
      for (let k = 0, m = 0; k < chosen.length; k++) {
        if (keep[k] === 0) continue;
        const i = chosen[k]!;
        const entity = owner[i]! >> OWNER_SHIFT;
        mentions[m++] = { start: start[i]!, end: end[i]!, text: surfaces.at(text, start[i]!, end[i]!, entity), id: ids[entity]! };
      }
      return mentions;
    },
  };
}
