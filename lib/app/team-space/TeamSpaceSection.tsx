import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import { INITIAL_STATUS, noteDocName, type NotesSpace, type SpaceConfig, type SpaceConfigStore } from '../../notes';
import { useMembership, useObservable, useOpenSpace } from '../notes/space-hooks';
import { InviteCodeField } from './InviteCodeField';
import { JoinSpaceForm } from './JoinSpaceForm';
import { LeaveSpace } from './LeaveSpace';
import { ProfileForm } from './ProfileForm';
import { describeSyncStatus } from './status-text';

/** What the section needs from the extension; injected so it runs in tests without one. */
export interface TeamSpaceServices {
  store: SpaceConfigStore;
  openSpace(config: SpaceConfig): NotesSpace;
  /** Removes the space's documents from this device (`forgetSpaceLocally`). */
  forgetLocally(space: string, knownDocs: string[]): Promise<void>;
  newAuthorId(): string;
  copy(text: string): Promise<void>;
}

export interface TeamSpaceSectionProps {
  services: TeamSpaceServices;
  /** The export and import controls, given the open space. */
  renderTransfer?(space: NotesSpace): ComponentChildren;
}

/** A page bundled with the extension (entrypoints/team-admin/): running the server, making invites. */
const TEAM_ADMIN_HELP = '/team-admin.html';

/** The options page's "Team space": join, see the sync status, change how you appear, leave. */
export function TeamSpaceSection({ services, renderTransfer }: TeamSpaceSectionProps) {
  const config = useMembership(services.store);
  const space = useOpenSpace(config, services.openSpace);
  const status = useObservable(space?.status, INITIAL_STATUS);
  const authorId = useMemo(() => services.newAuthorId(), [services]);

  let body;
  if (config === undefined) {
    body = <p>Loading…</p>;
  } else if (config === null) {
    body = (
      <>
        <p>
          Notes are shared within a team space on your team's sync server. Ask your team's administrator for an
          invite code, or for the server address, space name and a token.
        </p>
        <p class="ts-admin-help">
          Setting up notes for your team?{' '}
          <a href={TEAM_ADMIN_HELP} target="_blank" rel="noopener">
            How to run a team space
          </a>
        </p>
        <JoinSpaceForm authorId={authorId} onJoin={(joined) => services.store.save(joined)} />
      </>
    );
  } else {
    const leave = async () => {
      const knownDocs = (space?.notes.get().notes ?? []).map((note) => noteDocName(config.space, note.id));
      // Clearing the membership first makes every open page close the space's documents.
      await services.store.clear();
      await services.forgetLocally(config.space, knownDocs);
    };
    body = (
      <>
        <p class="ts-membership">
          Member of <strong>{config.space}</strong> on <code>{config.serverUrl}</code>
        </p>
        <p class="ts-status" role="status" data-state={status.state} data-pending={status.pendingChanges}>
          {describeSyncStatus(status)}
        </p>
        <ProfileForm
          key={`${config.displayName}\u0000${config.color}`}
          displayName={config.displayName}
          color={config.color}
          onSave={(displayName, color) => services.store.save({ ...config, displayName, color })}
        />
        <InviteCodeField config={config} copy={services.copy} />
        {space && renderTransfer?.(space)}
        <LeaveSpace space={config.space} pendingChanges={status.pendingChanges} onLeave={leave} />
      </>
    );
  }

  return (
    <section class="ts-section" aria-labelledby="ts-heading">
      <h2 id="ts-heading">Team space</h2>
      {body}
    </section>
  );
}
