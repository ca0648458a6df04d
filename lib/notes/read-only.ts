/** Thrown by a space's editing methods while the member's token is read-only. */
export class ReadOnlySpaceError extends Error {
  constructor(readonly space: string) {
    super(`your token for "${space}" is read-only: notes can be read, not changed`);
    this.name = 'ReadOnlySpaceError';
  }
}
