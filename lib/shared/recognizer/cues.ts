/**
 * Shared forms: when two entities claim the same form, each gives cue words, and a mention goes
 * to the entity whose cue is nearest. Cues are few and consulted only at such mentions, so a
 * small regular expression per form is fine here (the scan itself never uses one).
 */

import type { CompiledRecognizer } from './types';
import { FormFlags } from './types';
import { caseAgrees } from './boundaries';
import { CueHits } from './cue-hits';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function cuePattern(cues: string[]): RegExp {
  const alternatives = cues.map((cue) => escape(cue.trim()).replace(/[\s\-‐‑–—]+/g, '[\\s\\-‐‑–—]+'));
  // No look-behind for the start of a word: CueHits checks the character before each hit, which
  // leaves the engine free to scan quickly for the first letters of the cues.
  return new RegExp(`(?:${alternatives.join('|')})(?:s|es)?(?![\\p{L}\\p{N}])`, 'giu');
}

/**
 * The owner of a match, packed into one number so that resolving every candidate allocates
 * nothing: entity << OWNER_SHIFT, plus AMBIGUOUS, plus CUED when a cue rather than being the
 * only claimant decided it, plus INTRODUCED (with AMBIGUOUS) when only a naming of the entity
 * elsewhere in the text can confirm it; NO_OWNER to drop the match.
 */
export const AMBIGUOUS = 1;
export const CUED = 2;
export const INTRODUCED = 4;
export const OWNER_SHIFT = 3;
export const NO_OWNER = -1;

/** The AMBIGUOUS and INTRODUCED bits of a form's flags. */
function ruleBits(flags: number): number {
  if ((flags & FormFlags.introduced) !== 0) return AMBIGUOUS | INTRODUCED;
  return (flags & FormFlags.ambiguous) !== 0 ? AMBIGUOUS : 0;
}

export class OwnerResolver {
  private readonly cues = new Map<number, CueHits>();
  /**
   * Per pattern, its owner when that needs no look at the text: every form of it has no cues
   * and the same entity and ambiguity ("cybersecurity", "cyber security"), so whichever form's
   * case agrees (the scan made sure one does) the answer is the same. −2 where `resolve` must decide.
   */
  private readonly fixed: Int32Array;

  constructor(private readonly compiled: CompiledRecognizer) {
    const { patternFormStart, patternForm, formCues, formEntity, formFlags } = compiled;
    const packed = (form: number) => (formEntity[form]! << OWNER_SHIFT) + ruleBits(formFlags[form]!);
    this.fixed = new Int32Array(compiled.patternState.length).fill(-2);
    for (let p = 0; p < this.fixed.length; p++) {
      const forms = patternForm.slice(patternFormStart[p], patternFormStart[p + 1]);
      const owner = packed(forms[0]!);
      if (forms.every((f) => formCues[f]!.length === 0 && packed(f) === owner)) this.fixed[p] = owner;
    }
  }

  /** Distance from [start, end) to the nearest cue of `form`, or Infinity. */
  private cueDistance(text: string, start: number, end: number, form: number): number {
    let hits = this.cues.get(form);
    if (!hits) {
      hits = new CueHits(cuePattern(this.compiled.formCues[form]!));
      this.cues.set(form, hits);
    }
    return hits.distance(text, start, end);
  }

  /** Forgets the cues found in the last text; call before and after each text. */
  reset(): void {
    for (const hits of this.cues.values()) hits.reset();
  }

  /** Which entity a match of `pattern` at [start, formEnd) stands for, packed as above. */
  resolve(text: string, start: number, end: number, formEnd: number, pattern: number): number {
    const fixed = this.fixed[pattern]!;
    if (fixed !== -2) return fixed;
    const { patternFormStart, patternForm, formCase, formCues, formEntity, formFlags } = this.compiled;
    let cuedForm = -1;
    let cuedDistance = Infinity;
    let plainEntity = -1;
    let plainBits = AMBIGUOUS | INTRODUCED;
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
        // Of forms of one entity, the least demanding rule applies.
        plainBits &= ruleBits(formFlags[form]!);
      }
    }
    if (cuedForm >= 0) {
      return (formEntity[cuedForm]! << OWNER_SHIFT) + CUED + ruleBits(formFlags[cuedForm]!);
    }
    // A form several entities share without cues could be any of them.
    if (plainEntities !== 1) return NO_OWNER;
    return (plainEntity << OWNER_SHIFT) + plainBits;
  }
}
