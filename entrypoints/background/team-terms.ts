import { followTeamGlossary, type TeamGlossaryFollower } from '../../lib/background/team-recognition';
import { createSpaceConfigStore, createUpdateRelay } from '../../lib/notes';
import type { RequestHandlers } from '../../lib/shared/message-channel';
import { TEAM_TERMS_REVISION_KEY } from '../../lib/shared/team-terms-revision';

/**
 * Follows the team glossary for recognition. When its entries change (an edit in a panel, an
 * edit arriving from the server in a panel or in a sync round), the new revision is written to
 * storage.local, which every content script listens to: each asks for the recogniser again,
 * compiled here once per revision. A panel's `team-glossary-changed` wakes a stopped worker.
 */
export function startTeamTerms(): { follower: TeamGlossaryFollower; handlers: Pick<RequestHandlers<unknown>, 'team-glossary-changed'> } {
  const follower = followTeamGlossary({
    configStore: createSpaceConfigStore(browser.storage.local),
    relay: createUpdateRelay(),
    onChange: (revision) => {
      void (async () => {
        const stored = (await browser.storage.local.get(TEAM_TERMS_REVISION_KEY))[TEAM_TERMS_REVISION_KEY];
        // Waking up reads the same entries again: pages need not read the recogniser again.
        if (stored !== revision) await browser.storage.local.set({ [TEAM_TERMS_REVISION_KEY]: revision });
      })().catch((error: unknown) => console.error('Attaché: team glossary change not announced:', error));
    },
  });
  return { follower, handlers: { 'team-glossary-changed': () => void follower.now() } };
}
