import type { Ref } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ReaderText } from '../../shared/corpus-format/reader-text';
import { sourceTitle } from '../../shared/card/source-titles';
import type { SourcePlace } from '../../shared/source-reader/source-place';
import { citedPassage, type CitedPassage, type TextRange } from './cited-passage';

export interface SourceReaderProps {
  /** The place the page's address names; undefined when it names none. */
  place: SourcePlace | undefined;
  /** The document's text as the corpus build wrote it (fetched from the extension's files). */
  loadText(doc: string): Promise<ReaderText>;
}

type State =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; reader: ReaderText; cited: CitedPassage | undefined };

/**
 * A source document as the corpus quotes it, with the passage an excerpt cites highlighted and
 * scrolled into view. The page takes the keyboard focus to the passage, so that a screen
 * reader starts reading there.
 */
export function SourceReader({ place, loadText }: SourceReaderProps) {
  const [state, setState] = useState<State>({ status: 'loading' });
  const passage = useRef<HTMLElement>(null);

  useEffect(() => {
    if (!place) return;
    document.title = `${sourceTitle(place.doc)} · Attaché`;
    loadText(place.doc).then(
      (reader) => setState({ status: 'ready', reader, cited: citedPassage(reader, place) }),
      (error: unknown) => setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
  }, [place, loadText]);

  const goToPassage = () => {
    passage.current?.scrollIntoView({ block: 'center' });
    passage.current?.focus({ preventScroll: true });
  };
  useEffect(() => {
    if (state.status === 'ready') goToPassage();
  }, [state]);

  if (!place) {
    return (
      <main class="sr-page">
        <h1>No source passage</h1>
        <p>This address does not name a passage of a source document. Open one from an excerpt on a card.</p>
      </main>
    );
  }
  return (
    <main class="sr-page">
      <header class="sr-header">
        <p class="sr-kicker">Source document</p>
        <h1>{sourceTitle(place.doc)}</h1>
        {state.status === 'ready' && state.cited && (
          <p class="sr-lead">
            The highlighted passage is the one the card quotes.{' '}
            <button type="button" class="sr-go" onClick={goToPassage}>
              Go to the passage
            </button>
          </p>
        )}
        {state.status === 'ready' && !state.cited && (
          <p class="sr-lead" role="status">The cited place lies past the end of this document; it is shown from the start.</p>
        )}
        <p class="sr-file">
          File <code>{place.doc}</code>, as the corpus quotes it: page numbers and footnotes left out, lines joined.
        </p>
      </header>
      {state.status === 'loading' && <p role="status">Loading the document…</p>}
      {state.status === 'failed' && (
        <p role="alert">The document could not be opened: {state.message}</p>
      )}
      {state.status === 'ready' && (
        <article class="sr-text" lang="en">
          {blocks(state.reader.text).map((block) => (
            <p key={block.start}>{blockContent(state.reader.text, block, state.cited, passage)}</p>
          ))}
        </article>
      )}
    </main>
  );
}

/** The "\n"-separated blocks of the text: paragraphs, headings and list entries. */
function blocks(text: string): TextRange[] {
  const out: TextRange[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    if (line.trim() !== '') out.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  return out;
}

/** A block's text, with the part of the cited passage it holds marked and the mention in it stressed. */
function blockContent(text: string, block: TextRange, cited: CitedPassage | undefined, ref: Ref<HTMLElement>) {
  const p = cited && clip(cited.passage, block);
  if (!cited || !p) return text.slice(block.start, block.end);
  const m = clip(cited.mention, p);
  // The block where the passage begins holds the element scrolled to and focused.
  const first = cited.passage.start >= block.start && cited.passage.start < block.end;
  return (
    <>
      {text.slice(block.start, p.start)}
      <mark class="sr-passage" ref={first ? ref : undefined} tabIndex={first ? -1 : undefined} id={first ? 'cited-passage' : undefined}>
        {m ? (
          <>
            {text.slice(p.start, m.start)}
            <strong class="sr-mention">{text.slice(m.start, m.end)}</strong>
            {text.slice(m.end, p.end)}
          </>
        ) : (
          text.slice(p.start, p.end)
        )}
      </mark>
      {text.slice(p.end, block.end)}
    </>
  );
}

function clip(range: TextRange, within: TextRange): TextRange | undefined {
  const start = Math.max(range.start, within.start);
  const end = Math.min(range.end, within.end);
  return end > start ? { start, end } : undefined;
}
