/**
 * Shared forms: when two entities claim the same form, each gives cue words, and a mention goes
 * to the entity whose cue is nearest. Cues are few and consulted only at such mentions, so a
 * small regular expression per form is fine here (the scan itself never uses one).
 */

import type { CompiledRecognizer } from './types';
import { FormFlags } from './types';
import { caseAgrees } from './boundaries';

/** About a sentence either side: a cue further away is about something else. */
export const CUE_WINDOW = 250;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function cuePattern(cues: string[]): RegExp {
  const alternatives = cues.map((cue) => escape(cue.trim()).replace(/[\s\-‐‑–—]+/g, '[\\s\\-‐‑–—]+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?:s|es)?(?![\\p{L}\\p{N}])`, 'giu');
}

/**
 * The owner of a match, packed into one number so that resolving every candidate allocates
 * nothing: entity × 4, plus AMBIGUOUS, plus CUED when a cue rather than being the only
 * claimant decided it; NO_OWNER to drop the match.
 */
export const AMBIGUOUS = 1;
export const CUED = 2;
export const NO_OWNER = -1;

export class OwnerResolver {
  private readonly patterns = new Map<number, RegExp>();
  /**
   * Per pattern, its owner when that needs no look at the text: one form, no cues (the scan has
   * checked its case already). −2 where `resolve` must decide.
   */
  private readonly fixed: Int32Array;

  constructor(private readonly compiled: CompiledRecognizer) {
    const { patternFormStart, patternForm, formCues, formEntity, formFlags } = compiled;
    this.fixed = new Int32Array(compiled.patternState.length).fill(-2);
    for (let p = 0; p < this.fixed.length; p++) {
      if (patternFormStart[p + 1]! - patternFormStart[p]! !== 1) continue;
      const form = patternForm[patternFormStart[p]!]!;
      if (formCues[form]!.length > 0) continue;
      this.fixed[p] = formEntity[form]! * 4 + ((formFlags[form]! & FormFlags.ambiguous) !== 0 ? AMBIGUOUS : 0);
    }
  }

  /** Distance from [start, end) to the nearest cue of `form`, or Infinity. */
  private cueDistance(text: string, start: number, end: number, form: number): number {
    let re = this.patterns.get(form);
    if (!re) {
      re = cuePattern(this.compiled.formCues[form]!);
      this.patterns.set(form, re);
    }
    const from = Math.max(0, start - CUE_WINDOW);
    const window = text.slice(from, Math.min(text.length, end + CUE_WINDOW));
    let best = Infinity;
    re.lastIndex = 0;
    for (let m = re.exec(window); m; m = re.exec(window)) {
      const a = from + m.index;
      const b = a + m[0].length;
      if (b <= start) best = Math.min(best, start - b);
      else if (a >= end) best = Math.min(best, a - end);
    }
    return best;
  }

  /** Which entity a match of `pattern` at [start, formEnd) stands for, packed as above. */
  resolve(text: string, start: number, end: number, formEnd: number, pattern: number): number {
    const fixed = this.fixed[pattern]!;
    if (fixed !== -2) return fixed;
    const { patternFormStart, patternForm, formCase, formCues, formEntity, formFlags } = this.compiled;
    let cuedForm = -1;
    let cuedDistance = Infinity;
    let plainEntity = -1;
    let plainAmbiguous = true;
    let plainEntities = 0;
    for (let i = patternFormStart[pattern]!; i < patternFormStart[pattern + 1]!; i++) {
      const form = patternForm[i]!;
      const key = formCase[form]!;
      if (key !== '' && !caseAgrees(text, start, formEnd, key)) continue;
      if (formCues[form]!.length > 0) {
        const d = this.cueDistance(text, start, end, form);
        if (d < cuedDistance) { cuedDistance = d; cuedForm = form; }
      } else {
        const entity = formEntity[form]!;
        if (plainEntities === 0) plainEntity = entity;
        if (plainEntities === 0 || entity !== plainEntity) plainEntities++;
        plainAmbiguous &&= (formFlags[form]! & FormFlags.ambiguous) !== 0;
      }
    }
    if (cuedForm >= 0) {
      return formEntity[cuedForm]! * 4 + CUED + ((formFlags[cuedForm]! & FormFlags.ambiguous) !== 0 ? AMBIGUOUS : 0);
    }
    // A form several entities share without cues could be any of them.
    if (plainEntities !== 1) return NO_OWNER;
    return plainEntity * 4 + (plainAmbiguous ? AMBIGUOUS : 0);
  }
}
