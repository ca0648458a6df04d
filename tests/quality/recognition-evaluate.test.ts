import { describe, expect, it } from 'vitest';
import type { Mention, Recognizer } from '../../lib/shared/recognizer';
import { evaluate } from '../../harness/recognition/evaluate';
import { parseLabels, type Passage } from '../../harness/recognition/fixtures';
import { formatReport } from '../../harness/recognition/report';

/** A stand-in recogniser that returns fixed mentions per passage text. */
function fake(answers: Record<string, Array<[number, number, string]>>): Recognizer {
  return {
    find: (text: string): Mention[] =>
      (answers[text] ?? []).map(([start, end, id]) => ({ start, end, id, text: text.slice(start, end) })),
  };
}

function passage(name: string, kind: Passage['kind'], text: string, labels: Array<[string, string]>): Passage {
  const mentions = labels.map(([form, id]) => {
    const start = text.indexOf(form);
    return { start, end: start + form.length, text: form, id };
  });
  return { name, part: 'development', kind, genre: kind === 'negative' ? 'look-alike' : 'news', source: 'https://example.org/', title: name, text, mentions };
}

const positive = passage('gge', 'positive', 'The UN GGE met; ICANN did not.', [
  ['GGE', 'un-gge'],
  ['ICANN', 'icann'],
]);
const negative = passage('unix', 'negative', 'SCO sued IBM over Unix.', []);

describe('evaluate', () => {
  it('counts a label as found when a mention of the same entity overlaps it, whatever its extent', () => {
    const result = evaluate(fake({ [positive.text]: [[4, 10, 'un-gge'], [16, 21, 'icann']] }), [positive]);
    expect(result.recall).toBe(1);
    expect(result.precision).toBe(1);
    expect(result.misses).toEqual([]);
  });

  it('reports a mention of the wrong entity as both a miss and a false mention', () => {
    const result = evaluate(fake({ [positive.text]: [[7, 10, 'gge-report-2013'], [16, 21, 'icann']] }), [positive]);
    expect(result.foundLabelled).toBe(1);
    expect(result.recall).toBe(0.5);
    expect(result.precision).toBe(0.5);
    expect(result.misses.map((m) => [m.label.id, m.found.map((f) => f.id)])).toEqual([['un-gge', ['gge-report-2013']]]);
    expect(result.falseMentions[0]?.overlapsLabels.map((l) => l.id)).toEqual(['un-gge']);
  });

  it('counts unlabelled mentions on negative passages as false alarms, not against precision', () => {
    const result = evaluate(
      fake({ [positive.text]: [[4, 10, 'un-gge'], [16, 21, 'icann']], [negative.text]: [[0, 3, 'sco']] }),
      [positive, negative],
    );
    expect(result.falseAlarms).toBe(1);
    expect(result.precision).toBe(1);
    expect(result.passages).toEqual({ positive: 1, negative: 1 });
  });

  it('prints the figures and each missed and false mention in context', () => {
    const passages = [positive, negative];
    const report = formatReport(evaluate(fake({ [negative.text]: [[0, 3, 'sco']] }), passages), passages);
    expect(report).toContain('recall      0.0%  (0 of 2');
    expect(report).toContain('false alarms on negative passages: 1');
    expect(report).toContain('gge: icann …The UN GGE met; [ICANN] did not.…');
    expect(report).toContain('[negative] unix: sco …[SCO] sued IBM');
  });
});

describe('parseLabels', () => {
  const text = 'The OSCE adopted CBMs.';
  const labels = (mentions: unknown[]) =>
    JSON.stringify({ source: 'https://example.org/osce', title: 'OSCE', genre: 'think-tank', mentions });

  it('accepts labels whose text matches the passage at their offsets', () => {
    const parsed = parseLabels('osce.labels.json', labels([{ text: 'OSCE', start: 4, end: 8, id: 'osce' }]), text);
    expect(parsed.mentions).toEqual([{ text: 'OSCE', start: 4, end: 8, id: 'osce' }]);
  });

  it('names the file, the mention and what the passage really holds when offsets drift', () => {
    expect(() =>
      parseLabels('osce.labels.json', labels([{ text: 'OSCE', start: 5, end: 9, id: 'osce' }]), text),
    ).toThrow('osce.labels.json: mentions[0]: text "OSCE" but the passage has "SCE " at 5-9');
  });

  it('rejects ids the corpus does not know, and mentions out of order', () => {
    const known = new Set(['osce']);
    expect(() =>
      parseLabels('x.labels.json', labels([{ text: 'CBMs', start: 17, end: 21, id: 'cbms' }]), text, known),
    ).toThrow('x.labels.json: mentions[0]: id "cbms" is not an entity of the corpus');
    expect(() =>
      parseLabels(
        'x.labels.json',
        labels([
          { text: 'CBMs', start: 17, end: 21, id: 'osce' },
          { text: 'OSCE', start: 4, end: 8, id: 'osce' },
        ]),
        text,
      ),
    ).toThrow('mentions[1]: starts at 4, before the previous mention ends (21)');
  });

  it('requires a known kind of page', () => {
    const without = JSON.stringify({ source: 'https://example.org/osce', title: 'OSCE', mentions: [] });
    expect(() => parseLabels('x.labels.json', without, text)).toThrow('x.labels.json: "genre" must be one of un-document');
    const unknown = JSON.stringify({ source: 'https://example.org/osce', title: 'OSCE', genre: 'blog', mentions: [] });
    expect(() => parseLabels('x.labels.json', unknown, text)).toThrow('"genre" must be one of');
  });

  it('requires the source address', () => {
    expect(() => parseLabels('x.labels.json', JSON.stringify({ title: 't', mentions: [] }), text)).toThrow(
      'x.labels.json: "source" must be the http(s) address',
    );
  });
});
