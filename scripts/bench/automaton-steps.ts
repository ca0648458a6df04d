/**
 * A floor for the recogniser's scan, for the bench to print beside it: the automaton's own
 * transitions over the text, in two interleaved chains like the real scan, with nothing done
 * at a match, a line-end hyphen or a deep state (each just sends its chain back to the root).
 * What the recogniser takes beyond this is the work of finding out what a match is.
 */
import type { PassTables } from '../../lib/shared/recognizer/linear-pass';

export function automatonSteps(tables: PassTables, text: string): number {
  const { classes, machine } = tables;
  const { delta } = machine;
  const half = text.length >> 1;
  let a = 0;
  let b = 0;
  let events = 0;
  for (let i = 0, j = half; i < half; i++, j++) {
    a = delta[a + classes[text.charCodeAt(i)]!]!;
    b = delta[b + classes[text.charCodeAt(j)]!]!;
    if ((a | b) < 0) {
      if (a < 0) {
        events++;
        a = 0;
      }
      if (b < 0) {
        events++;
        b = 0;
      }
    }
  }
  return events;
}
