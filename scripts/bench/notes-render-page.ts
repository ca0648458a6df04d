/**
 * Bundled into the page of the `notes-render` benchmark: the note renderer as the side panel
 * runs it, and the single marked + DOMPurify pass it replaced, both timed in the page.
 */
import { markdownToHtml } from '../../lib/app/notes/markdown/markdown-to-html';
import { startNoteRendering, type NotePart } from '../../lib/app/notes/markdown/render-note-markdown';
import { sanitizeNoteHtml } from '../../lib/app/notes/markdown/sanitize-note-html';
import { SLICE_BUDGET_MS } from '../../lib/shared/slicer';

export interface RenderTiming {
  /** The longest time the page was blocked in one go: a slice of steps with the insertion of its parts. */
  longestMs: number;
  totalMs: number;
  steps: number;
  plainParts: number;
  error: string | null;
}

/**
 * Puts parts into `host` as NotePreview does, one element each with its classes (the page has
 * the side panel's notes.css), and lays the page out.
 */
function insert(host: HTMLElement, parts: NotePart[]): void {
  for (const part of parts) {
    const element = document.createElement(part.kind === 'html' ? 'div' : 'p');
    if (part.kind === 'html') element.innerHTML = part.html;
    else element.textContent = part.text;
    element.className = part.kind === 'html' ? 'note-part' : 'note-plain';
    host.append(element);
  }
  void host.offsetHeight;
}

function previewHost(): HTMLElement {
  const host = document.body.appendChild(document.createElement('div'));
  host.className = 'note-preview';
  return host;
}

/** The former renderer: the whole note through marked and DOMPurify in one call. */
function renderWhole(markdown: string): RenderTiming {
  const t0 = performance.now();
  try {
    const host = previewHost();
    insert(host, [{ kind: 'html', html: sanitizeNoteHtml(markdownToHtml(markdown)) }]);
    host.remove();
    const ms = performance.now() - t0;
    return { longestMs: ms, totalMs: ms, steps: 1, plainParts: 0, error: null };
  } catch (error) {
    const ms = performance.now() - t0;
    return { longestMs: ms, totalMs: ms, steps: 1, plainParts: 0, error: String(error).split('\n')[0]!.slice(0, 60) };
  }
}

/**
 * The renderer now, as the side panel runs it: steps until the slice budget is spent, then the
 * parts of that slice inserted (within the same task, as Preact renders them), then a pause.
 */
function renderInParts(markdown: string): RenderTiming {
  const start = performance.now();
  const rendering = startNoteRendering(markdown);
  const host = previewHost();
  let longestMs = 0;
  let steps = 0;
  let shown = 0;
  for (let more = true; more; ) {
    const t0 = performance.now();
    while (more && performance.now() - t0 < SLICE_BUDGET_MS) {
      more = rendering.step();
      steps += 1;
    }
    const { parts } = rendering.result();
    insert(host, parts.slice(shown));
    shown = parts.length;
    longestMs = Math.max(longestMs, performance.now() - t0);
  }
  host.remove();
  return {
    longestMs,
    totalMs: performance.now() - start,
    steps,
    plainParts: rendering.result().parts.filter((part) => part.kind === 'plain').length,
    error: null,
  };
}

Object.assign(window, { renderWhole, renderInParts });
