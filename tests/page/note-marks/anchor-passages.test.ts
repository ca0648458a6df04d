// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { anchorPassagesNow, type AnchorResult, type NoteAnchor } from '../../../lib/page/note-marks/anchor-passages';
import { boundsAt, readPageText } from '../../../lib/page/note-marks/page-text';
import { quoteSelection } from '../../../lib/page/selection';
import { seededRandom } from '../../../harness/seeded-random';

/** A real article (seeds/002, a blog post on the 2015 US-China agreement) in its site's HTML. */
const ARTICLE = readFileSync('tests/fixtures/note-marks/article.html', 'utf8');

beforeEach(() => {
  document.documentElement.innerHTML = ARTICLE.replace(/^<!DOCTYPE html>\s*<html[^>]*>/, '').replace(/<\/html>\s*$/, '');
});

/** Selects `phrase` (its `occurrence`-th appearance, within one text node) and quotes it as the side panel would. */
function noteOn(phrase: string, key: string, occurrence = 0): NoteAnchor {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    for (let at = node.data.indexOf(phrase); at !== -1; at = node.data.indexOf(phrase, at + 1)) {
      if (seen++ < occurrence) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + phrase.length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      const quote = quoteSelection(document)!;
      document.getSelection()!.removeAllRanges();
      return { key, ...quote };
    }
  }
  throw new Error(`"${phrase}" is not in the article`);
}

/** Anchors the notes in the page as it is now; per key, the strategy and the marked text (null when orphaned). */
function anchorNow(anchors: NoteAnchor[]): Record<string, { strategy: string; marked: string; context: string } | 'orphaned'> {
  const page = readPageText(document.body);
  const results: AnchorResult[] = anchorPassagesNow(page.text, anchors);
  return Object.fromEntries(
    results.map((result) => {
      if (result.state === 'orphaned') return [result.key, 'orphaned'];
      const bounds = boundsAt(page, result.start, result.end)!;
      const range = document.createRange();
      range.setStart(bounds.startContainer, bounds.startOffset);
      range.setEnd(bounds.endContainer, bounds.endOffset);
      const context = page.text.slice(Math.max(0, result.start - 20), result.end + 20);
      return [result.key, { strategy: result.strategy, marked: range.toString(), context }];
    }),
  );
}

const paragraphWith = (words: string) => [...document.querySelectorAll('article p')].find((p) => p.textContent!.includes(words))!;

function replaceText(paragraph: Element, from: string, to: string): void {
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (node.data.includes(from)) {
      node.data = node.data.replace(from, to);
      return;
    }
  }
  throw new Error(`"${from}" is not in the paragraph`);
}

const AGREEMENT = 'both sides will not engage in cyber-enabled economic espionage against each other';
const IRRITANTS = 'one of the major irritants in the bilateral relationship between Beijing and Washington';
const DEFINITION = 'the use of traditional diplomatic instruments to address cyber issues';
const UNDER = 'remains under-developed and under-delivering';

describe('anchoring notes in an article that changed', () => {
  it('finds every passage of the unchanged page exactly, across element boundaries too', () => {
    const across = noteOn('cybersecurity agreement', 'link');
    const anchors = [noteOn(AGREEMENT, 'a'), noteOn(IRRITANTS, 'b'), noteOn(DEFINITION, 'c'), across];
    const found = anchorNow(anchors);
    expect(found).toMatchObject({
      a: { strategy: 'exact', marked: AGREEMENT },
      b: { strategy: 'exact', marked: IRRITANTS },
      c: { strategy: 'exact', marked: DEFINITION },
      link: { strategy: 'exact', marked: 'cybersecurity agreement' },
    });
  });

  it('finds them again after a paragraph is inserted before them', () => {
    const anchors = [noteOn(AGREEMENT, 'a'), noteOn(IRRITANTS, 'b'), noteOn(UNDER, 'c')];
    const inserted = document.createElement('p');
    inserted.textContent = 'Editor’s note: this article was updated on 2 October 2015 to correct a date. ' +
      'It is one of the major irritants in the bilateral relationship between Beijing and Washington, said one official.';
    document.querySelector('article h1')!.after(inserted);
    const found = anchorNow(anchors);
    expect(found).toMatchObject({
      a: { strategy: 'exact', marked: AGREEMENT },
      b: { strategy: 'exact', marked: IRRITANTS },
      c: { strategy: 'exact', marked: UNDER },
    });
    // The inserted paragraph repeats a quoted phrase: the stored context picks the original one.
    expect((found.b as { context: string }).context).toContain('has been ' + IRRITANTS.slice(0, 10));
  });

  it('finds a passage whose words changed inside, by its context or approximately', () => {
    const anchors = [noteOn(AGREEMENT, 'wording'), noteOn(DEFINITION, 'spelling'), noteOn(IRRITANTS, 'typography')];
    replaceText(paragraphWith('economic espionage'), 'will not engage in cyber-enabled economic', 'shall not conduct or knowingly support cyber-enabled');
    // A word changed and the text after the passage rewritten too: only an approximate match is left.
    replaceText(paragraphWith('traditional diplomatic'), 'traditional diplomatic instruments to address cyber issues, such as', 'traditional diplomatic instrument to adress cyber issues. Examples:');
    replaceText(paragraphWith('major irritants'), 'major irritants in the bilateral  relationship'.replace('  ', ' '), 'major  irritants in the bilateral relationship'.replace('  ', '\n    '));
    const found = anchorNow(anchors);
    expect(found.wording).toMatchObject({ strategy: 'context', marked: 'both sides shall not conduct or knowingly support cyber-enabled espionage against each other' });
    expect(found.spelling).toMatchObject({ strategy: 'fuzzy', marked: 'the use of traditional diplomatic instrument to adress cyber issues' });
    expect(found.typography).toMatchObject({ strategy: 'folded' });
    expect((found.typography as { marked: string }).marked.replace(/\s+/g, ' ')).toBe(IRRITANTS);
  });

  it('finds a long passage by its head and tail when words inside and on both sides of it changed', () => {
    const sentence = 'Over the past few years, the US has regularly accused China of committing hostile cyber acts. In May 2014, the US Department of Justice went as far as charging';
    const anchors = [noteOn(sentence, 'long')];
    const paragraph = paragraphWith('hostile cyber acts');
    replaceText(paragraph, 'Over the past few years', 'In recent years');
    replaceText(paragraph, 'regularly accused', 'repeatedly accused');
    replaceText(paragraph, 'went as far as charging five Chinese military personnel', 'went so far as to charge five officers of the Chinese army');
    replaceText(paragraph, 'between Beijing and Washington', 'between Washington and Beijing');
    replaceText(paragraph, 'Clearly, distrust', 'Distrust, clearly,');
    const found = anchorNow(anchors);
    expect(found.long).toMatchObject({ strategy: 'fuzzy' });
    expect((found.long as { marked: string }).marked).toMatch(/^In recent years, the US has repeatedly accused China .* Department of Justice/);
  });

  it('leaves a note orphaned when its passage was removed', () => {
    const anchors = [noteOn(UNDER, 'removed'), noteOn(AGREEMENT, 'kept')];
    paragraphWith(UNDER).remove();
    expect(anchorNow(anchors)).toEqual({ removed: 'orphaned', kept: expect.objectContaining({ strategy: 'exact' }) });
  });

  it('leaves a note orphaned when its paragraph was rewritten beyond recognition', () => {
    const anchors = [noteOn(DEFINITION, 'rewritten')];
    const paragraph = paragraphWith(DEFINITION);
    paragraph.textContent = 'Cyber diplomacy, in short, is diplomacy applied to the problems the internet raises.';
    expect(anchorNow(anchors)).toEqual({ rewritten: 'orphaned' });
  });

  it('tells repeated phrases apart by their context', () => {
    const first = noteOn('cyber diplomacy', 'first', 0);
    const third = noteOn('cyber diplomacy', 'third', 2);
    const page = readPageText(document.body);
    const [a, b] = anchorPassagesNow(page.text, [first, third]);
    const at = (n: number) => {
      let start = -1;
      for (let i = 0; i <= n; i += 1) start = page.text.indexOf('cyber diplomacy', start + 1);
      return start;
    };
    expect(a).toMatchObject({ state: 'anchored', strategy: 'exact', start: at(0) });
    expect(b).toMatchObject({ state: 'anchored', strategy: 'exact', start: at(2) });
  });
});

const PLAIN =
  'The Group of Governmental Experts met in New York. States agreed that international law, ' +
  'and in particular the Charter of the United Nations, is applicable to cyberspace. ' +
  'They recommended confidence-building measures to reduce the risk of conflict. ' +
  'Later, regional bodies adopted confidence-building measures of their own.';

/** The anchor a selection of `text` from `start` to `end` would store. */
function anchorAt(text: string, start: number, end: number): NoteAnchor {
  return { key: 'note', quote: text.slice(start, end), prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) };
}

/** The one note's result, with the text it marks. */
function anchorIn(text: string, anchor: NoteAnchor): (AnchorResult & { state: 'anchored'; marked: string }) | 'orphaned' {
  const [result] = anchorPassagesNow(text, [anchor]);
  return result!.state === 'orphaned' ? 'orphaned' : { ...result!, marked: text.slice(result!.start, result!.end) };
}

describe('anchoring notes in plain text', () => {
  it('finds a quote whose case, white space, quote marks, dashes or accents changed', () => {
    const quoted = { key: 'note', quote: 'the "Charter of the United Nations" - applicable', prefix: '', suffix: '' };
    const page = 'Text. THE “Charter\n   of the United Na\u00adtions” — applicable to cyberspace.';
    expect(anchorIn(page, quoted)).toMatchObject({ strategy: 'folded', marked: 'THE “Charter\n   of the United Na\u00adtions” — applicable' });
    const accents = { key: 'note', quote: "Cote d'Ivoire and Curacao", prefix: '', suffix: '' };
    expect(anchorIn('Delegations: Côte d’Ivoire and Curaçao, among others.', accents)).toMatchObject({
      strategy: 'folded',
      marked: 'Côte d’Ivoire and Curaçao',
    });
  });

  it('finds a lightly edited quote without context approximately', () => {
    const anchor = { key: 'note', quote: 'They recommended confidence-building measures to reduce the risk of conflict.', prefix: '', suffix: '' };
    const edited = PLAIN.replace(anchor.quote, 'They recommend confidence building measures to reduce risks of conflict.');
    const found = anchorIn(edited, anchor);
    expect(found).toMatchObject({ strategy: 'fuzzy', marked: 'They recommend confidence building measures to reduce risks of conflict.' });
    expect(found !== 'orphaned' && found.distance).toBeGreaterThan(0);
  });

  it('leaves a note orphaned when the passage is gone, changed beyond the allowed edits, or blank', () => {
    const start = PLAIN.indexOf('international law, and in particular the Charter');
    const anchor = anchorAt(PLAIN, start, start + 'international law, and in particular the Charter'.length);
    expect(anchorIn('A page about something else entirely, with no such passage.', anchor)).toBe('orphaned');
    const rewritten = PLAIN.replace('international law, and in particular the Charter', 'the rules of the road, especially the treaty');
    expect(anchorIn(rewritten, { ...anchor, prefix: '', suffix: '' })).toBe('orphaned');
    expect(anchorIn(PLAIN, { key: 'note', quote: '  ', prefix: '', suffix: '' })).toBe('orphaned');
  });

  it('re-finds random quotes after random small edits elsewhere and inside them', () => {
    const random = seededRandom(20261123);
    const words = PLAIN.split(' ');
    for (let round = 0; round < 60; round += 1) {
      const text = Array.from({ length: 120 }, () => words[Math.floor(random() * words.length)]).join(' ');
      // Whole words, as a reader selects them (a fuzzy match is extended to finish its last word).
      const start = text.indexOf(' ', Math.floor(random() * (text.length - 100))) + 1;
      const end = text.lastIndexOf(' ', start + 50 + Math.floor(random() * 40));
      const anchor = anchorAt(text, start, end);
      // Insert text before the quote and change one character inside it.
      const insertAt = Math.floor(random() * start);
      const inner = start + 5 + Math.floor(random() * (end - start - 10));
      const changed = text.slice(0, insertAt) + 'INSERTED ' + text.slice(insertAt, inner) + '#' + text.slice(inner + 1);
      const shift = 'INSERTED '.length;
      const [found] = anchorPassagesNow(changed, [anchor]);
      expect(found!.state, `round ${round}`).toBe('anchored');
      if (found!.state !== 'anchored') continue;
      expect(found!.distance).toBeLessThanOrEqual(1);
      // The passage found overlaps the moved original almost entirely.
      expect(Math.abs(found!.start - (start + shift)), `round ${round}`).toBeLessThanOrEqual(1);
      expect(Math.abs(found!.end - (end + shift)), `round ${round}`).toBeLessThanOrEqual(1);
    }
  });
});
