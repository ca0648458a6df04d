import { glossaryDocName } from '../doc-names';
import { readStoredDoc } from '../local-doc';
import type { SpaceConfigStore } from '../space-config-store';
import { readTeamGlossary } from './read-team-glossary';
import type { TeamEntry } from './team-entry-types';

/**
 * The team glossary as this device holds it, for a page that shows it without syncing (the
 * popup): null when the member is in no team space.
 */
export async function readStoredTeamGlossary(store: SpaceConfigStore): Promise<readonly TeamEntry[] | null> {
  const config = await store.load();
  if (!config) return null;
  return readTeamGlossary(await readStoredDoc(glossaryDocName(config.space))).entries;
}
