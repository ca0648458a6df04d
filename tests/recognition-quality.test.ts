import { describe, expect, it } from 'vitest';
import { formatReport } from './recognition/report';
import { runEvaluation } from './recognition/run';

// The quality goal: on real text the glossary was not written from, at least 95% of the
// mentions of corpus entities are found and tied to the right entity, and pages about other
// things full of look-alikes (SCO the Unix company, County Kerry, ITU triathlon) raise nothing.
describe('recognition quality on the labelled evaluation set', () => {
  const { evaluation, passages } = runEvaluation();
  console.log(formatReport(evaluation, passages));

  it('finds at least 95% of labelled mentions with the right entity', () => {
    expect(evaluation.labelled).toBeGreaterThan(0);
    expect(evaluation.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('raises no false alarm on pages about other things', () => {
    expect(evaluation.passages.negative).toBeGreaterThan(0);
    expect(evaluation.falseMentions.filter((f) => f.kind === 'negative')).toEqual([]);
  });
});
