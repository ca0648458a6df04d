import { runSliced, type SliceClock } from '../../../shared/slicer';
import { formatProblem, MARKDOWN_LIMITS } from './format-limits';
import { markdownToHtml } from './markdown-to-html';
import { endsInFence, sharedDefinitions, splitNoteParts } from './note-parts';
import { sanitizeNoteHtml } from './sanitize-note-html';

/** A part of a note as shown: sanitised HTML, or the Markdown itself when it cannot be formatted. */
export type NotePart = { kind: 'html'; html: string } | { kind: 'plain'; text: string };

export interface RenderedNote {
  parts: NotePart[];
  /** Why some of the note is shown as plain text; null when all of it is formatted. */
  notice: string | null;
  /** The Markdown not rendered yet (while rendering in slices), else empty. */
  pending: string;
}

/** A note's rendering, done one part per `step` (each within `MARKDOWN_LIMITS`). DOM-side. */
export interface NoteRendering {
  /** Renders the next part; false once every part is done. */
  step(): boolean;
  result(): RenderedNote;
}

interface Rendered {
  part: NotePart;
  problem: string | null;
}

export function startNoteRendering(source: string): NoteRendering {
  if (source.length > MARKDOWN_LIMITS.noteChars) {
    const result: RenderedNote = { parts: [plainPart(source)], notice: 'Shown as plain text: too long to format.', pending: '' };
    return { step: () => false, result: () => result };
  }
  const sources = splitNoteParts(source);
  const definitions = sources.length > 1 ? sharedDefinitions(source) : '';
  const parts: NotePart[] = [];
  let problem: string | null = null;
  let next = 0;
  return {
    step() {
      if (next >= sources.length) return false;
      for (const rendered of renderPart(sources[next]!, definitions)) {
        parts.push(rendered.part);
        problem ??= rendered.problem;
      }
      next += 1;
      return next < sources.length;
    },
    result() {
      const plain = parts.filter((part) => part.kind === 'plain').length;
      const notice = problem === null ? null : `${plain === parts.length ? 'Shown' : 'Partly shown'} as plain text: ${problem}.`;
      return { parts: [...parts], notice, pending: sources.slice(next).join('\n') };
    },
  };
}

function renderPart(source: string, definitions: string): Rendered[] {
  const problem = formatProblem(source);
  if (problem === null) return [formatPart(source, definitions)];
  // Only the blocks at fault are left unformatted, not the whole group of them.
  const blocks = splitNoteParts(source, 0);
  if (blocks.length === 1) return [{ part: plainPart(source), problem }];
  return blocks.map((block) => {
    const blockProblem = formatProblem(block);
    return blockProblem === null ? formatPart(block, definitions) : { part: plainPart(block), problem: blockProblem };
  });
}

function formatPart(source: string, definitions: string): Rendered {
  const markdown = definitions === '' || endsInFence(source) ? source : `${source}\n\n${definitions}`;
  try {
    return { part: { kind: 'html', html: sanitizeNoteHtml(markdownToHtml(markdown)) }, problem: null };
  } catch {
    // Whatever marked or the sanitiser trip over, the note stays readable.
    return { part: plainPart(source), problem: 'it could not be formatted' };
  }
}

function plainPart(source: string): NotePart {
  return { kind: 'plain', text: source.replace(/\s+$/, '') };
}

/** A note's Markdown as parts safe to insert into an extension page, all at once. */
export function renderNoteMarkdown(source: string): RenderedNote {
  const rendering = startNoteRendering(source);
  while (rendering.step());
  return rendering.result();
}

/**
 * The same, a few parts per slice of `clock`'s budget, yielding between slices so that a long
 * note never holds up the page. `onProgress` receives what is rendered so far before each
 * pause, to be shown meanwhile; null when `cancelled` (the note changed meanwhile).
 */
export async function renderNoteMarkdownSliced(
  source: string,
  clock: SliceClock,
  { cancelled = () => false, onProgress }: { cancelled?: () => boolean; onProgress?: (partial: RenderedNote) => void } = {},
): Promise<RenderedNote | null> {
  const rendering = startNoteRendering(source);
  const reporting: SliceClock = {
    now: () => clock.now(),
    yieldToMain: () => {
      onProgress?.(rendering.result());
      return clock.yieldToMain();
    },
  };
  await runSliced(() => rendering.step(), reporting, undefined, cancelled);
  return cancelled() ? null : rendering.result();
}
