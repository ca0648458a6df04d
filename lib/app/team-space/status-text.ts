import type { SyncStatus } from '../../notes';

function changes(count: number): string {
  return `${count} ${count === 1 ? 'change' : 'changes'}`;
}

/** The team space status line: the connection, and what has not reached the server yet. */
export function describeSyncStatus(status: SyncStatus): string {
  const pending = status.pendingChanges;
  switch (status.state) {
    case 'connected':
      return pending === 0 ? 'Connected: every change is on the server.' : `Connected: ${changes(pending)} on their way to the server.`;
    case 'syncing':
      return pending === 0 ? 'Syncing with the server…' : `Syncing: ${changes(pending)} not yet on the server.`;
    case 'offline':
      return pending === 0
        ? 'Offline: notes stay on this device and sync when the server is reachable.'
        : `Offline: ${changes(pending)} not yet on the server; they are kept here and sent when it is reachable.`;
    case 'read-only':
      return pending === 0
        ? 'Read-only: your token lets you read this space’s notes, not change them.'
        : `Read-only: your token lets you read this space’s notes, not change them; ${changes(pending)} made on this device will not reach the server.`;
    case 'denied':
      return 'The server refused this membership (the token was revoked or is for another space). Ask for a new invite.';
  }
}
