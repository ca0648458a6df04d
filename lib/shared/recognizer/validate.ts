import type { CompiledRecognizer } from './types';

/**
 * Checks a CompiledRecognizer that arrived from elsewhere (a message, a cache) before the
 * automaton indexes into it: a stale or truncated one fails here with a clear error instead
 * of reading out of bounds later.
 */
export function validateCompiled(c: CompiledRecognizer): void {
  const bad = (what: string): never => {
    throw new Error(`createRecognizer: invalid compiled recogniser: ${what}`);
  };
  if (typeof c !== 'object' || c === null) bad('expected an object');
  if (c.format !== 'attache-recognizer/1') bad(`format: expected "attache-recognizer/1", got ${JSON.stringify(c.format)}`);
  const numbers = ['edgeStart', 'edgeSymbol', 'edgeTarget', 'patternState', 'patternWords', 'patternFlags',
    'patternFormStart', 'patternForm', 'formEntity', 'formFlags'] as const;
  for (const key of numbers) {
    const v = c[key];
    if (!Array.isArray(v) || v.some((x) => !Number.isInteger(x) || x < 0)) bad(`${key}: expected an array of non-negative integers`);
  }
  if (typeof c.chars !== 'string' || typeof c.punct !== 'string') bad('chars, punct: expected strings');
  if (!Array.isArray(c.ids) || c.ids.some((id) => typeof id !== 'string')) bad('ids: expected an array of strings');
  if (!Array.isArray(c.formCase) || c.formCase.some((k) => typeof k !== 'string')) bad('formCase: expected an array of strings');
  if (!Array.isArray(c.formCues) || c.formCues.some((q) => !Array.isArray(q) || q.some((w) => typeof w !== 'string'))) bad('formCues: expected an array of string arrays');

  const states = c.edgeStart.length - 1;
  const patterns = c.patternState.length;
  const forms = c.formEntity.length;
  if (states < 1 || c.edgeStart[states] !== c.edgeSymbol.length || c.edgeSymbol.length !== c.edgeTarget.length) bad('edgeStart/edgeSymbol/edgeTarget: lengths disagree');
  if (c.edgeTarget.some((t) => t >= states)) bad('edgeTarget: state out of range');
  if (c.patternState.some((s) => s >= states)) bad('patternState: state out of range');
  if (c.patternWords.length !== patterns || c.patternFlags.length !== patterns || c.patternFormStart.length !== patterns + 1) bad('pattern arrays: lengths disagree');
  if (c.patternFormStart[patterns] !== c.patternForm.length || c.patternForm.some((f) => f >= forms)) bad('patternForm: form out of range');
  if (c.formCase.length !== forms || c.formFlags.length !== forms || c.formCues.length !== forms) bad('form arrays: lengths disagree');
  if (c.formEntity.some((e) => e >= c.ids.length)) bad('formEntity: entity out of range');
}
