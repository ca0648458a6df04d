// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { CONTEXT_LENGTH, quoteSelection } from '../../../lib/page/selection';
import { MAX_CONTEXT_LENGTH, MAX_QUOTE_LENGTH, readPageSelection } from '../../../lib/shared/page-quote';

afterEach(() => {
  document.getSelection()?.removeAllRanges();
  document.body.innerHTML = '';
});

function select(start: [Node, number], end: [Node, number]): void {
  const range = document.createRange();
  range.setStart(...start);
  range.setEnd(...end);
  const selection = document.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
}

const textOf = (selector: string) => document.querySelector(selector)!.firstChild as Text;

describe('quoteSelection', () => {
  it('is null when nothing is selected', () => {
    document.body.innerHTML = '<p>Some text</p>';
    expect(quoteSelection(document)).toBeNull();
    select([textOf('p'), 2], [textOf('p'), 2]);
    expect(quoteSelection(document)).toBeNull();
  });

  it('quotes the selection with the text just before and after it', () => {
    document.body.innerHTML = '<p id="a">The Group of Governmental Experts met in New York.</p>';
    const text = textOf('#a');
    select([text, 13], [text, 37]);
    expect(quoteSelection(document)).toEqual({ quote: 'Governmental Experts met', prefix: 'The Group of ', suffix: ' in New York.' });
  });

  it('takes the context across elements and blocks', () => {
    document.body.innerHTML = '<h2>Budapest</h2><p>The <b>Convention</b> on Cybercrime <i>entered</i> into force.</p>';
    select([textOf('b'), 0], [textOf('b'), 10]);
    expect(quoteSelection(document)).toEqual({ quote: 'Convention', prefix: 'BudapestThe ', suffix: ' on Cybercrime entered into force.' });
  });

  it('moves white space at the edges of the selection into the context', () => {
    document.body.innerHTML = '<p id="a">alpha  beta  gamma</p>';
    const text = textOf('#a');
    select([text, 5], [text, 13]);
    const quoted = quoteSelection(document)!;
    expect(quoted.quote).toBe('beta');
    expect(quoted.prefix).toBe('alpha ');
    expect(quoted.suffix).toBe(' gamma');
  });

  it('keeps the context short on long pages', () => {
    const long = 'x'.repeat(500);
    document.body.innerHTML = `<p id="a">${long}NEEDLE${long}</p>`;
    select([textOf('#a'), 500], [textOf('#a'), 506]);
    const quoted = quoteSelection(document)!;
    expect(quoted.quote).toBe('NEEDLE');
    expect(quoted.prefix).toHaveLength(CONTEXT_LENGTH);
    expect(quoted.suffix).toHaveLength(CONTEXT_LENGTH);
  });

  it('selects from element boundaries', () => {
    document.body.innerHTML = '<div id="box"><span>one</span><span>two</span><span>three</span></div>';
    const box = document.getElementById('box')!;
    select([box, 1], [box, 2]);
    expect(quoteSelection(document)).toEqual({ quote: 'two', prefix: 'one', suffix: 'three' });
  });
});

describe('readPageSelection', () => {
  it('accepts a selection and bounds its lengths', () => {
    const answer = { quote: ` ${'q'.repeat(3000)} `, prefix: 'p'.repeat(500), suffix: 's' };
    const read = readPageSelection(answer)!;
    expect(read.quote).toHaveLength(MAX_QUOTE_LENGTH);
    expect(read.prefix).toHaveLength(MAX_CONTEXT_LENGTH);
    expect(read.suffix).toBe('s');
  });

  it('reads no answer, or an empty quote, as no selection', () => {
    expect(readPageSelection(null)).toBeNull();
    expect(readPageSelection(undefined)).toBeNull();
    expect(readPageSelection({ quote: '  ', prefix: '', suffix: '' })).toBeNull();
  });

  it('rejects anything else', () => {
    expect(() => readPageSelection('text')).toThrow(/other than a selection/);
    expect(() => readPageSelection({ quote: 'x', prefix: 3, suffix: '' })).toThrow(/no preceding text/);
  });
});
