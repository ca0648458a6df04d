import type { RecognizerPayload } from '../../shared/messages';
import type { TeamEntry } from '../../notes/team-glossary';
import { buildRecognizerPayload } from '../recognizer-payload';
import { withTeamEntries, type RecognizedEntity } from './team-terms';

/**
 * The recogniser content scripts get once the team has entries: compiled in the background
 * from the bundled corpus and the team's entries together, once per change of either, and
 * kept in memory (the bundled-only payload keeps its storage cache). Without team entries it
 * is the bundled payload as it was.
 */
export interface TeamTermsNow {
  /** Changes whenever the entries do. */
  revision: string;
  entries: readonly TeamEntry[];
}

export interface TeamRecognizerDeps {
  bundledPayload(): Promise<RecognizerPayload>;
  readCorpus(): Promise<{ version: string; entities: readonly RecognizedEntity[] }>;
  team(): Promise<TeamTermsNow>;
}

export function createTeamRecognizerSource(deps: TeamRecognizerDeps): () => Promise<RecognizerPayload> {
  let memory: { key: string; payload: Promise<RecognizerPayload> } | undefined;
  return async () => {
    const team = await deps.team();
    if (team.entries.length === 0) return deps.bundledPayload();
    const bundled = await deps.bundledPayload();
    const key = `${bundled.version}+team-${team.revision}`;
    if (memory?.key !== key) {
      const payload = deps.readCorpus().then((corpus) => buildRecognizerPayload(key, withTeamEntries(corpus.entities, team.entries)));
      memory = { key, payload };
      payload.catch(() => {
        if (memory?.payload === payload) memory = undefined;
      });
    }
    return memory.payload;
  };
}
