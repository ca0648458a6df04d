// @vitest-environment happy-dom
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import {
  MARKDOWN_LIMITS,
  NotePreview,
  renderNoteMarkdown,
  renderNoteMarkdownSliced,
  splitNoteParts,
  type RenderedNote,
} from '../../../lib/app/notes/markdown';
import { markdownToHtml } from '../../../lib/app/notes/markdown/markdown-to-html';
import { installStandardNodeIterator } from '../../../harness/dom/standard-dom';
import { until } from '../interact';

installStandardNodeIterator();

const lines = (count: number, line: (i: number) => string) => Array.from({ length: count }, (_, i) => line(i)).join('\n');
const row = (columns: number, cell: string) => `|${Array.from({ length: columns }, () => cell).join('|')}|`;

/** Notes that break or freeze a renderer that formats whatever it is given. */
const HOSTILE: Record<string, { markdown: string; problem: string }> = {
  '2,001 nested block quotes': { markdown: `${'>'.repeat(2001)} deep`, problem: 'nested too deeply' },
  'block quotes spaced out': { markdown: `${'> '.repeat(600)}deep`, problem: 'nested too deeply' },
  '100 KB of *a': { markdown: '*a'.repeat(50_000), problem: 'too long a passage without a blank line' },
  '*a_ in a short paragraph': { markdown: '*a_'.repeat(700), problem: 'too many emphasis marks' },
  'a 500-column table': {
    markdown: [row(500, 'h'), row(500, '-'), row(500, 'c'), row(500, 'c')].join('\n'),
    problem: 'too many table columns',
  },
  'a table of 3,000 cells': {
    markdown: [row(10, 'h'), row(10, '-'), ...Array.from({ length: 300 }, () => row(10, 'c'))].join('\n'),
    problem: 'too many table cells',
  },
  'a list nested 60 deep': {
    markdown: Array.from({ length: 60 }, (_, i) => `${' '.repeat(2 * i)}- level ${i}`).join('\n'),
    problem: 'nested too deeply',
  },
  'list items opened on one line': { markdown: `${'- '.repeat(2_000)}x`, problem: 'nested too deeply' },
  'ordered lists opened on one line': { markdown: `${'1. '.repeat(2_000)}x`, problem: 'nested too deeply' },
  'brackets': { markdown: '[a]('.repeat(1_500), problem: 'too many brackets' },
};

function textOf(note: RenderedNote): string {
  const container = document.createElement('div');
  for (const part of note.parts) {
    const element = document.createElement('div');
    if (part.kind === 'html') element.innerHTML = part.html;
    else element.textContent = part.text;
    container.append(element);
  }
  return container.textContent ?? '';
}

describe('notes too deep or too large to format', () => {
  for (const [name, { markdown, problem }] of Object.entries(HOSTILE)) {
    it(`${name}: shown as plain text with a notice, never thrown`, () => {
      const note = renderNoteMarkdown(markdown);
      expect(note.parts).toEqual([{ kind: 'plain', text: markdown.trimEnd() }]);
      expect(note.notice).toBe(`Shown as plain text: ${problem}.`);
    });
  }

  it('formats the rest of a long note around a part it cannot format', () => {
    const paragraphs = Array.from({ length: 40 }, (_, i) => `Paragraph ${i} with **bold** text and more words to fill it out.`);
    const hostile = `${'>'.repeat(2001)} deep`;
    const markdown = [...paragraphs.slice(0, 20), hostile, ...paragraphs.slice(20)].join('\n\n');
    const note = renderNoteMarkdown(markdown);
    expect(note.parts.filter((part) => part.kind === 'plain')).toHaveLength(1);
    expect(note.parts.some((part) => part.kind === 'html' && part.html.includes('<strong>bold</strong>'))).toBe(true);
    expect(note.notice).toBe('Partly shown as plain text: nested too deeply.');
    const text = textOf(note);
    for (const paragraph of paragraphs) expect(text).toContain(paragraph.replace(/\*\*/g, ''));
  });

  it('shows a note too long to split as plain text', () => {
    const markdown = 'word '.repeat(MARKDOWN_LIMITS.noteChars / 5 + 1);
    expect(renderNoteMarkdown(markdown)).toEqual({
      parts: [{ kind: 'plain', text: markdown.trimEnd() }],
      notice: 'Shown as plain text: too long to format.',
      pending: '',
    });
  });
});

describe('a long note formatted in parts', () => {
  // Headings, lists (one loose, with a code block inside an item), fenced code with blank lines,
  // a table, reference links defined at the end: everything a part boundary could break.
  const section = (i: number) =>
    [
      `## Section ${i}`,
      `Text of section ${i} with a [reference link][ref] and *emphasis*.`,
      '- first item\n- second item\n  continued\n- third item',
      '1. one\n\n2. two\n\n    indented code in an item\n\n3. three',
      '```\ncode line\n\n- not a list, inside the fence\n\n# not a heading\n```',
      '| a | b |\n|---|---|\n| 1 | 2 |',
      '> quoted\n> over two lines',
    ].join('\n\n');
  const markdown = `${Array.from({ length: 30 }, (_, i) => section(i)).join('\n\n')}\n\n[ref]: https://example.org/ref`;

  it('is cut into several parts, none inside fenced code', () => {
    const parts = splitNoteParts(markdown);
    expect(parts.length).toBeGreaterThan(3);
    for (const part of parts) expect((part.match(/^```/gm) ?? []).length % 2).toBe(0);
  });

  it('reads the same as the whole note formatted at once', () => {
    const whole = document.createElement('div');
    whole.innerHTML = markdownToHtml(markdown);
    const note = renderNoteMarkdown(markdown);
    expect(note.notice).toBeNull();
    const inParts = document.createElement('div');
    inParts.innerHTML = note.parts.map((part) => (part.kind === 'html' ? part.html : '')).join('');
    for (const selector of ['h2', 'p', 'li', 'ol', 'ul', 'pre', 'table', 'td', 'blockquote', 'em', 'a[href="https://example.org/ref"]']) {
      expect(inParts.querySelectorAll(selector).length, selector).toBe(whole.querySelectorAll(selector).length);
    }
    expect(inParts.textContent!.replace(/\s+/g, ' ')).toBe(whole.textContent!.replace(/\s+/g, ' '));
  });

  it('cuts a long list between its items, keeping every item and its numbering', () => {
    const list = lines(400, (i) => `${i + 1}. item ${i + 1} of a long list, with *emphasis*\n   and a second line`);
    const note = renderNoteMarkdown(list);
    expect(note.parts.length).toBeGreaterThan(5);
    const container = document.createElement('div');
    container.innerHTML = note.parts.map((part) => (part.kind === 'html' ? part.html : '')).join('');
    expect(container.querySelectorAll('li')).toHaveLength(400);
    expect(container.querySelectorAll('em')).toHaveLength(400);
    const starts = [...container.querySelectorAll('ol')].map((ol) => Number(ol.getAttribute('start') ?? 1));
    const counts = [...container.querySelectorAll('ol')].map((ol) => ol.children.length);
    starts.forEach((start, i) => expect(start).toBe(1 + counts.slice(0, i).reduce((a, b) => a + b, 0)));
  });

  it('yields between slices and gives the same result', async () => {
    let now = 0;
    let yields = 0;
    // Every step takes 5 ms on this clock: two per 8 ms slice.
    const clock = {
      now: () => (now += 2.5),
      yieldToMain: async () => {
        yields += 1;
      },
    };
    const progress: RenderedNote[] = [];
    const note = await renderNoteMarkdownSliced(markdown, clock, { onProgress: (partial) => progress.push(partial) });
    expect(note).toEqual(renderNoteMarkdown(markdown));
    const parts = splitNoteParts(markdown);
    expect(yields).toBeGreaterThanOrEqual(Math.floor(parts.length / 2) - 1);
    // Before each pause: what is formatted so far, and the rest of the note as it is.
    expect(progress).toHaveLength(yields);
    for (const partial of progress) {
      expect(partial.parts).toEqual(note!.parts.slice(0, partial.parts.length));
      expect(partial.pending).toBe(parts.slice(partial.parts.length).join('\n'));
    }
  });

  it('is shown formatted a slice at a time in the side panel, the rest as plain text meanwhile', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    act(() => render(h(NotePreview, { markdown }), container));
    // The first slice runs at once; the rest of the note waits as plain text.
    expect(container.querySelector('.note-pending')?.textContent).toContain('## Section 29');
    await until(() => expect(container.querySelector('.note-pending')).toBeNull());
    expect(container.querySelectorAll('.note-preview h2')).toHaveLength(30);
    expect(container.querySelector('.note-plain, .note-preview-notice')).toBeNull();
  });

  afterEach(() => {
    document.body.innerHTML = '';
  });
});
