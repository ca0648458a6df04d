import { runSliced, type SliceClock } from '../../../in-page/slicer';
import { formatProblem, MARKDOWN_LIMITS } from './format-limits';
import { markdownToHtml } from './markdown-to-html';
import { splitNoteParts } from './note-parts';
import { sanitizeNoteHtml } from './sanitize-note-html';

/** A part of a note as shown: sanitised HTML, or the Markdown itself when it cannot be formatted. */
export type NotePart = { kind: 'html'; html: string } | { kind: 'plain'; text: string };

export interface RenderedNote {
  parts: NotePart[];
  /** Why some of the note is shown as plain text; null when all of it is formatted. */
  notice: string | null;
}

/** A note's rendering, done one part per `step` (each within `MARKDOWN_LIMITS`). DOM-side. */
export interface NoteRendering {
  /** Renders the next part; false once every part is done. */
  step(): boolean;
  result(): RenderedNote;
}

export function startNoteRendering(source: string): NoteRendering {
  const sources = source.length > MARKDOWN_LIMITS.noteChars ? [] : splitNoteParts(source);
  const parts: NotePart[] = [];
  let problem = sources.length === 0 ? 'too long to format' : null;
  let next = 0;
  return {
    step() {
      if (next >= sources.length) return false;
      for (const rendered of renderPart(sources[next]!)) {
        parts.push(rendered.part);
        problem ??= rendered.problem;
      }
      next += 1;
      return next < sources.length;
    },
    result() {
      if (sources.length === 0) return { parts: [{ kind: 'plain', text: source }], notice: `Shown as plain text: ${problem}.` };
      const plain = parts.filter((part) => part.kind === 'plain').length;
      const notice = problem === null ? null : `${plain === parts.length ? 'Shown' : 'Partly shown'} as plain text: ${problem}.`;
      return { parts, notice };
    },
  };
}

function renderPart(source: string): Array<{ part: NotePart; problem: string | null }> {
  const problem = formatProblem(source);
  if (problem === null) return [formatPart(source)];
  // Only the blocks at fault are left unformatted, not the whole group of them.
  const blocks = splitNoteParts(source, 0);
  if (blocks.length === 1) return [{ part: plainPart(source), problem }];
  return blocks.map((block) => {
    const blockProblem = formatProblem(block);
    return blockProblem === null ? formatPart(block) : { part: plainPart(block), problem: blockProblem };
  });
}

function formatPart(source: string): { part: NotePart; problem: string | null } {
  try {
    return { part: { kind: 'html', html: sanitizeNoteHtml(markdownToHtml(source)) }, problem: null };
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
 * note never holds up the page; null when `cancelled` (the note changed meanwhile).
 */
export async function renderNoteMarkdownSliced(
  source: string,
  clock: SliceClock,
  cancelled: () => boolean = () => false,
): Promise<RenderedNote | null> {
  const rendering = startNoteRendering(source);
  await runSliced(() => rendering.step(), clock, undefined, cancelled);
  return cancelled() ? null : rendering.result();
}
