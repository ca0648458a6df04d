/**
 * The largest message the extension sends the sync server. The server closes a connection
 * whose message is larger than its MAX_MESSAGE_BYTES (1 MiB unless the operator changed it)
 * without reading it; larger updates and offline backlogs go out cut into pieces of this size,
 * so notes of any size sync (an imported body of several megabytes too) as long as the
 * server's limit is at least this.
 */
export const MAX_SYNC_MESSAGE_BYTES = 256 * 1024;
