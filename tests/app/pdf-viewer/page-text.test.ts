import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lacksText, pageText, runPoint } from '../../../lib/app/pdf-viewer/page-text';
import { buildRecognizerPayload } from '../../../lib/background/recognizer-payload';
import { createRecognizer } from '../../../lib/shared/recognizer';

const run = (str: string, hasEOL = false) => ({ str, hasEOL, transform: [1, 0, 0, 1, 0, 0] });

describe('the text of a PDF page', () => {
  it('joins runs of a line with nothing between them and ends lines with a line break', () => {
    const page = pageText([run('Parties to the Budap'), run('est Convention met.'), run('', true), { type: 'beginMarkedContent' }, run('Next line', true)]);
    expect(page.text).toBe('Parties to the Budapest Convention met.\nNext line\n');
    expect(page.runStarts).toEqual([0, 20, 39, 40]);
    expect(page.runLengths).toEqual([20, 19, 0, 9]);
  });

  it('maps a mention across two runs back to each run, skipping runs without text', () => {
    const page = pageText([run('Parties to the Budap'), run('est Convention met.'), run('', true), run('confidence-', true), run('building measures')]);
    const start = page.text.indexOf('Budapest');
    const end = start + 'Budapest Convention'.length;
    expect(runPoint(page, start, 'start')).toEqual({ run: 0, offset: 15 });
    expect(runPoint(page, end, 'end')).toEqual({ run: 1, offset: 14 });
    // A start at a boundary belongs to the run after it, an end to the run before it.
    expect(runPoint(page, 20, 'start')).toEqual({ run: 1, offset: 0 });
    expect(runPoint(page, 20, 'end')).toEqual({ run: 0, offset: 20 });
    // A start on a line break moves to the next line's run (the empty run has no text node).
    expect(runPoint(page, 39, 'start')).toEqual({ run: 3, offset: 0 });
  });

  it('lets the recogniser join a word split over runs and one hyphenated at a line end, as on web pages', () => {
    const corpus = JSON.parse(readFileSync('public/corpus.json', 'utf8'));
    const recognizer = createRecognizer(buildRecognizerPayload(corpus.version, corpus.entities).compiled);
    const page = pageText([run('Parties to the Budap'), run('est Convention met.', true), run('Delegates discussed confidence-', true), run('building measures.')]);
    expect(recognizer.find(page.text).map((m) => [m.id, m.text])).toEqual([
      ['budapest-convention', 'Budapest Convention'],
      ['confidence-building-measures', 'confidence-\nbuilding measures'],
    ]);
  });

  it('tells a page without text (a scan) from one with text', () => {
    expect(lacksText(pageText([]))).toBe(true);
    expect(lacksText(pageText([run(' ', true), run('')]))).toBe(true);
    expect(lacksText(pageText([run('A')]))).toBe(false);
  });
});
