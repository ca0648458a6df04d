import { HocuspocusProvider, type ConstructableOutgoingMessage, type HocuspocusProviderConfiguration } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { splitUpdate, UnsplittableUpdateError } from './split-update';
import { readFrame, SYNC_STEP_1, SYNC_STEP_2, SYNC_UPDATE, syncFrame, type SyncFrame } from './sync-wire';

/**
 * The Hocuspocus provider with two things added for the extension's sync:
 *
 * - **What the server holds.** When the server answers a sync step 1, it sends its state
 *   vector (its own step 1) and then the changes this client lacks together with its whole
 *   delete set (step 2). Both are computed at the same moment, so together they are a state
 *   the server provably has; `onServerState` receives it. Only such a state clears pending
 *   changes in the ledger (see `sync-connection.ts` for why the provider's own acknowledgement
 *   count cannot).
 * - **Messages under the server's size limit.** The server closes a connection that sends a
 *   larger message unread. An update larger than `maxMessageBytes`, and the reply to the
 *   server's step 1 (the whole offline backlog), go out cut into pieces (`splitUpdate`).
 */
export interface SyncProviderHooks {
  maxMessageBytes: number;
  onServerState(held: Y.Snapshot): void;
  onAcknowledged(applied: boolean): void;
}

export class SyncProvider extends HocuspocusProvider {
  private serverVector: Map<number, number> | null = null;

  constructor(
    configuration: HocuspocusProviderConfiguration,
    private readonly hooks: SyncProviderHooks,
  ) {
    super(configuration);
  }

  /** Asks the server for its state again (a sync step 1); `onServerState` gets the answer. */
  requestServerState(): void {
    this.forceSync();
  }

  override onMessage(event: MessageEvent): void {
    const frame = frameOf(event.data);
    if (frame?.kind === 'sync' && frame.step === SYNC_STEP_1) {
      this.serverVector = Y.decodeStateVector(frame.payload);
      this.sendMissing(frame.payload);
      return;
    }
    super.onMessage(event);
    if (frame?.kind === 'sync' && frame.step === SYNC_STEP_2 && this.serverVector !== null) {
      const held = Y.createSnapshot(Y.decodeUpdate(frame.payload).ds, this.serverVector);
      this.serverVector = null;
      this.hooks.onServerState(held);
    }
    if (frame?.kind === 'status') this.hooks.onAcknowledged(frame.applied);
  }

  override onClose(): void {
    this.serverVector = null;
    super.onClose();
  }

  override send(message: ConstructableOutgoingMessage, args: unknown): void {
    if (isUpdateArgs(args) && args.update.length > this.pieceBytes()) {
      for (const piece of this.cut(args.update)) super.send(message, { ...args, update: piece });
      return;
    }
    super.send(message, args);
  }

  /** The reply to the server's step 1: what the server lacks, in pieces if need be. */
  private sendMissing(serverVector: Uint8Array): void {
    if (!this.isAttached) return;
    const missing = Y.encodeStateAsUpdate(this.document, serverVector);
    const pieces = this.cut(missing);
    const socket = this.configuration.websocketProvider;
    if (pieces.length === 1) socket.send(syncFrame(this.effectiveName, SYNC_STEP_2, missing));
    else for (const piece of pieces) socket.send(syncFrame(this.effectiveName, SYNC_UPDATE, piece));
  }

  private cut(update: Uint8Array): Uint8Array[] {
    try {
      return splitUpdate(this.document, update, this.pieceBytes());
    } catch (error) {
      if (!(error instanceof UnsplittableUpdateError)) throw error;
      console.warn(`Attaché notes: ${error.message} in "${this.configuration.name}"; the server may refuse it`);
      return [update];
    }
  }

  /** Room for the update itself in one message: the limit less the frame's header. */
  private pieceBytes(): number {
    return this.hooks.maxMessageBytes - new TextEncoder().encode(this.effectiveName).length - 32;
  }
}

function frameOf(data: unknown): SyncFrame | null {
  try {
    if (ArrayBuffer.isView(data)) return readFrame(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    // An ArrayBuffer, perhaps of another realm (a test's WebSocket), so not `instanceof`.
    return readFrame(new Uint8Array(data as ArrayBuffer));
  } catch {
    return null;
  }
}

function isUpdateArgs(args: unknown): args is { update: Uint8Array } {
  return typeof args === 'object' && args !== null && (args as { update?: unknown }).update instanceof Uint8Array;
}
