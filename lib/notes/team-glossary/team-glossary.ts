import type * as Y from 'yjs';
import type { NoteAuthor } from '../note-types';
import { observable, type Observable } from '../sync-status';
import type { BundledOwner } from './form-clashes';
import { removeTeamEntry, saveTeamEntry, type SaveResult } from './glossary-edits';
import { readTeamGlossary, type ReadTeamGlossaryResult } from './read-team-glossary';

/**
 * The team glossary of an open space, as an extension page uses it: its entries read again on
 * every change (malformed ones skipped, each reported once), and writing, which the space
 * allows only while its token may write.
 */
export interface TeamGlossary {
  doc: Y.Doc;
  entries: Observable<ReadTeamGlossaryResult>;
  /** Checks and writes a member's entry; problems refuse it. Throws `ReadOnlySpaceError` when read-only. */
  save(draft: unknown, bundled: readonly BundledOwner[]): SaveResult;
  remove(id: string): void;
}

export function watchTeamGlossary(
  doc: Y.Doc,
  author: NoteAuthor,
  writable: () => void,
  report: (problem: string) => void,
): { glossary: TeamGlossary; reread(): void; stop(): void } {
  const entries = observable<ReadTeamGlossaryResult>({ entries: [], problems: [] });
  const reported = new Set<string>();
  const reread = () => {
    const result = readTeamGlossary(doc);
    for (const problem of result.problems) {
      if (!reported.has(problem)) report(problem);
      reported.add(problem);
    }
    entries.set(result);
  };
  doc.on('afterTransaction', reread);
  return {
    glossary: {
      doc,
      entries,
      save(draft, bundled) {
        writable();
        return saveTeamEntry(doc, draft, { author, bundled });
      },
      remove(id) {
        writable();
        removeTeamEntry(doc, id);
      },
    },
    reread,
    stop: () => doc.off('afterTransaction', reread),
  };
}
