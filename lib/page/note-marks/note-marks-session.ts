/**
 * Team notes on one page, from the reader's first request to the page's end: nothing is asked
 * or built until the reader acts (the side panel's request or the marks' key), since what is
 * painted the page can read. Then the passages are fetched, anchored and marked, the pointer
 * is watched on them, and they follow the notes when the background says they changed.
 */
import type { MarksShown, NotePassage } from '../../shared/note-passages';
import type { SliceClock } from '../../shared/slicer';
import type { HighlightLike } from '../highlighting/highlight-painter';
import { watchMarkKeys, watchMarkPointer } from './mark-input';
import { NoteMarks, type MarkedPassage } from './note-marks';
import type { TextBounds } from './page-text';
import { createPassageTip, type PassageTip } from './passage-tip';

export interface NoteMarksSessionOptions {
  doc: Document;
  registry: { set(name: string, highlight: never): unknown; delete(name: string): unknown };
  createHighlight(): HighlightLike;
  makeRange(bounds: TextBounds): AbstractRange;
  clock: SliceClock;
  /** This page load's random names. */
  highlightName: string;
  tipTag: string;
  /** The page's passages from the background, checked; null when the reader has no team space. */
  fetchPassages(): Promise<NotePassage[] | null>;
  /** Opens the side panel on the page's notes (within the reader's click). */
  openInPanel(passage: NotePassage): void;
  accept?(e: Event): boolean;
}

export interface NoteMarksSession {
  /** Fetches and marks the passages; how many are marked and which are orphaned, null without a team space. */
  show(): Promise<MarksShown | null>;
  /** The notes changed: marks shown are redrawn, none are drawn where none were asked for. */
  refresh(): Promise<void>;
  stop(): void;
}

export function createNoteMarksSession(o: NoteMarksSessionOptions): NoteMarksSession {
  let marks: NoteMarks | undefined;
  let tip: PassageTip | undefined;
  let stopPointer: (() => void) | undefined;

  const rectOf = (mark: MarkedPassage): DOMRect => {
    const range = o.doc.createRange();
    range.setStart(mark.range.startContainer, mark.range.startOffset);
    range.setEnd(mark.range.endContainer, mark.range.endOffset);
    return range.getBoundingClientRect();
  };
  const showTip = (mark: MarkedPassage, focus: boolean) => tip?.show(mark.passage, rectOf(mark), focus);

  const show = async () => {
    const passages = await o.fetchPassages();
    if (passages === null) return null;
    marks ??= new NoteMarks({
      doc: o.doc,
      registry: o.registry,
      createHighlight: o.createHighlight,
      name: o.highlightName,
      makeRange: o.makeRange,
      clock: o.clock,
    });
    tip ??= createPassageTip(o.doc, o.tipTag, o.openInPanel);
    const state = await marks.show(passages);
    const shown = marks;
    stopPointer ??= watchMarkPointer({
      doc: o.doc,
      at: (node, offset) => shown.at(node, offset),
      show: showTip,
      leave: () => undefined,
      accept: o.accept,
    });
    return { marked: state.marked.length, orphaned: state.orphaned.map((p) => p.key) };
  };

  const move = async (direction: 'next' | 'previous') => {
    if (!marks?.shown) await show();
    const mark = marks?.step(direction);
    if (!mark) return;
    const start = mark.range.startContainer.parentElement;
    start?.scrollIntoView({ block: 'center' });
    showTip(mark, true);
  };
  const stopKeys = watchMarkKeys(o.doc, (direction) => void move(direction).catch(report), o.accept);

  return {
    show,
    async refresh() {
      if (marks?.shown) await show();
    },
    stop() {
      stopKeys();
      stopPointer?.();
      stopPointer = undefined;
      tip?.hide();
      marks?.hide();
    },
  };
}

function report(error: unknown): void {
  console.error('Attaché: team notes not marked:', error);
}
