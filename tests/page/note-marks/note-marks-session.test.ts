// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createNoteMarksSession, type NoteMarksSession } from '../../../lib/page/note-marks';
import { passageSummary } from '../../../lib/page/note-marks/passage-tip';
import type { NotePassage } from '../../../lib/shared/note-passages';

const ARTICLE = readFileSync('tests/fixtures/note-marks/article.html', 'utf8');
const AGREEMENT = 'both sides will not engage in cyber-enabled economic espionage against each other';
const IRRITANTS = 'one of the major irritants in the bilateral relationship between Beijing and Washington';

const passage = (key: string, quote: string, count = 1, authors = ['Alice']): NotePassage => ({ key, quote, prefix: '', suffix: '', count, authors });

let session: NoteMarksSession | undefined;
let registry: Map<string, Set<AbstractRange>>;
let served: NotePassage[] | null;
let fetched: number;

beforeEach(() => {
  document.documentElement.innerHTML = ARTICLE.replace(/^<!DOCTYPE html>\s*<html[^>]*>/, '').replace(/<\/html>\s*$/, '');
  registry = new Map();
  served = [];
  fetched = 0;
});
afterEach(() => session?.stop());

function start(open = vi.fn()) {
  session = createNoteMarksSession({
    doc: document,
    registry: { set: (name: string, h: never) => registry.set(name, h), delete: (name: string) => registry.delete(name) },
    createHighlight: () => new Set<AbstractRange>(),
    makeRange: (b) => {
      const range = document.createRange();
      range.setStart(b.startContainer, b.startOffset);
      range.setEnd(b.endContainer, b.endOffset);
      return range;
    },
    clock: { now: () => performance.now(), yieldToMain: () => Promise.resolve() },
    highlightName: 'notes',
    tipTag: 'tip-xyzabc',
    fetchPassages: async () => {
      fetched += 1;
      return served;
    },
    openInPanel: open,
    accept: () => true,
  });
  return session;
}

const marked = () => [...(registry.get('notes') ?? [])].map((r) => (r as Range).toString()).sort();
const press = (code: string) =>
  document.body.dispatchEvent(new KeyboardEvent('keydown', { code, altKey: true, shiftKey: true, bubbles: true, composed: true }));

describe('team notes marked in the page', () => {
  it('asks for nothing and paints nothing until the reader asks', async () => {
    served = [passage('n1', AGREEMENT)];
    start();
    await Promise.resolve();
    expect(fetched).toBe(0);
    expect(registry.size).toBe(0);
    expect(document.querySelector('tip-xyzabc')).toBeNull();
  });

  it('marks every passage found, counts those gone as orphaned, and no highlight without marks', async () => {
    served = [passage('n1', AGREEMENT), passage('n2', IRRITANTS), passage('n3', 'a sentence this article never had in it')];
    expect(await start().show()).toEqual({ marked: 2, orphaned: ['n3'] });
    expect(marked()).toEqual([AGREEMENT, IRRITANTS].sort());

    served = [passage('n3', 'a sentence this article never had in it')];
    await session!.refresh();
    expect(registry.has('notes')).toBe(false);
  });

  it('follows the notes once shown: a new note is marked, a deleted one unmarked', async () => {
    served = [passage('n1', AGREEMENT)];
    const s = start();
    await s.refresh();
    expect(fetched).toBe(0);
    await s.show();
    served = [passage('n2', IRRITANTS)];
    await s.refresh();
    expect(marked()).toEqual([IRRITANTS]);
  });

  it('has nothing to show without a team space', async () => {
    served = null;
    expect(await start().show()).toBeNull();
    expect(registry.size).toBe(0);
  });

  it('shows the marks and moves to them with Alt+Shift+M and Alt+Shift+J, with a tip of counts and authors', async () => {
    served = [passage('n1', AGREEMENT, 2, ['Alice', 'Bob']), passage('n2', IRRITANTS)];
    const scrolled: string[] = [];
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this.textContent!.slice(0, 30));
    };
    start();
    press('KeyM');
    await vi.waitFor(() => expect(document.querySelector('tip-xyzabc')).not.toBeNull());
    expect(marked()).toHaveLength(2);
    expect(scrolled[0]).toBe('The US and China concluded a m');
    press('KeyJ');
    await vi.waitFor(() => expect(scrolled).toHaveLength(2));
    // Wrapping around backwards from the first mark reaches the last one.
    expect(scrolled[1]).toContain('The US-China agreement may no');
    expect(document.querySelectorAll('tip-xyzabc')).toHaveLength(1);
  });

  it('leaves the page as it was when stopped', async () => {
    served = [passage('n1', AGREEMENT)];
    await start().show();
    session!.stop();
    expect(registry.size).toBe(0);
    press('KeyM');
    await Promise.resolve();
    expect(fetched).toBe(1);
  });

  it('says who wrote how many notes, never what', () => {
    expect(passageSummary(passage('n', AGREEMENT, 1, ['Alice']))).toBe('1 team note by Alice');
    expect(passageSummary(passage('n', AGREEMENT, 3, ['Alice', 'Bob', 'Chen']))).toBe('3 team notes by Alice, Bob and Chen');
  });
});
