import { useMemo } from 'preact/hooks';
import type { CorpusSnapshot } from '../../corpus/corpus-snapshot';
import type { ReadTeamGlossaryResult } from '../../notes/team-glossary';
import { useNotes } from '../notes/notes-context';
import { useObservable } from '../notes/space-hooks';
import { withTeamGlossary } from './team-snapshot';

const EMPTY: ReadTeamGlossaryResult = { entries: [], problems: [] };

/** The snapshot with the team space's glossary in it, following its edits; as is outside a space. */
export function useTeamSnapshot(snapshot: CorpusSnapshot | undefined): CorpusSnapshot | undefined {
  const { space } = useNotes();
  const { entries } = useObservable(space?.glossary.entries, EMPTY);
  return useMemo(() => snapshot && withTeamGlossary(snapshot, entries), [snapshot, entries]);
}
