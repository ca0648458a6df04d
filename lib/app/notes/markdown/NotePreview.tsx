import { useEffect, useMemo, useState } from 'preact/hooks';
import { browserClock } from '../../../shared/slicer';
import { splitNoteParts } from './note-parts';
import { renderNoteMarkdown, renderNoteMarkdownSliced, type RenderedNote } from './render-note-markdown';

export interface NotePreviewProps {
  markdown: string;
}

/**
 * A note's body as formatted text. A note of one part is rendered at once; a longer one a few
 * parts per slice of time, the part not yet formatted shown as plain text meanwhile, so that a
 * long note never freezes the side panel. Empty notes say so rather than showing nothing.
 */
export function NotePreview({ markdown }: NotePreviewProps) {
  const rendered = useRenderedNote(markdown);
  if (markdown.trim() === '') return <p class="note-preview note-preview-empty">This note is empty.</p>;
  return (
    <div class="note-preview">
      {rendered.notice && <p class="note-preview-notice">{rendered.notice}</p>}
      {rendered.parts.map((part, index) =>
        part.kind === 'plain' ? (
          <p key={index} class="note-plain">
            {part.text}
          </p>
        ) : (
          // Sanitised by renderNoteMarkdown: the only place notes' HTML reaches the DOM. Each
          // part is parsed in an element of its own, never as part of its neighbours' markup.
          <div key={index} class="note-part" dangerouslySetInnerHTML={{ __html: part.html }} />
        ),
      )}
      {rendered.pending !== '' && (
        <p key="pending" class="note-plain note-pending">
          {rendered.pending}
        </p>
      )}
    </div>
  );
}

function useRenderedNote(markdown: string): RenderedNote {
  const whole = useMemo(() => splitNoteParts(markdown).length === 1, [markdown]);
  const atOnce = useMemo(() => (whole ? renderNoteMarkdown(markdown) : null), [whole, markdown]);
  const [sliced, setSliced] = useState<{ source: string; rendered: RenderedNote; done: boolean } | null>(null);
  useEffect(() => {
    if (whole) return;
    let cancelled = false;
    // While a changed note is formatted again, its former rendering stays rather than flickering.
    const progress = (rendered: RenderedNote) =>
      !cancelled && setSliced((shown) => (shown?.done && shown.source !== markdown ? shown : { source: markdown, rendered, done: false }));
    renderNoteMarkdownSliced(markdown, browserClock(window), { cancelled: () => cancelled, onProgress: progress }).then(
      (rendered) => rendered && !cancelled && setSliced({ source: markdown, rendered, done: true }),
      (error: unknown) => console.warn('Attaché notes: note not rendered:', error),
    );
    return () => {
      cancelled = true;
    };
  }, [whole, markdown]);
  if (atOnce) return atOnce;
  if (sliced && (sliced.source === markdown || sliced.done)) return sliced.rendered;
  return { parts: [], notice: null, pending: markdown };
}
