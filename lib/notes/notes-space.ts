import type { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { glossaryDocName, indexDocName, noteDocName } from './doc-names';
import { noteBodyText } from './index-layout';
import { openLocalDoc, type LocalDoc } from './local-doc';
import { clearNoteBody } from './note-body';
import * as edits from './note-edits';
import { importNotes, type ImportPlan } from './import-notes';
import type { NoteAuthor, NoteMeta, NoteTarget, NoteWithBody } from './note-types';
import { parseNotesExport } from './notes-json';
import { readNotes, type ReadNotesResult } from './read-note';
import { lightColor, type SpaceConfig } from './space-config';
import { createSyncConnection, type ConnectionOptions, type SyncConnection } from './sync-connection';
import { countLocalChanges } from './local-change-counter';
import { openSyncLedger, totalUnsent } from './sync-ledger';
import { combineStatus, observable, type Observable, type SyncStatus } from './sync-status';
import { createUpdateRelay, type UpdateRelay } from './update-relay';
import { ReadOnlySpaceError } from './read-only';
import { importGlossaryEntries } from './team-glossary/glossary-json';
import { watchTeamGlossary, type TeamGlossary } from './team-glossary/team-glossary';
import type { TeamEntry } from './team-glossary/team-entry-types';

/**
 * A team space as an extension page uses it while open: the index and the note bodies it
 * shows, loaded from IndexedDB, kept in step with the extension's other pages through the
 * relay, and synced live with the server while the page is open.
 */
export interface NotesSpaceOptions {
  /** Connect to the server while open (default true); false keeps to this device. */
  connect?: boolean;
  /** Shares updates with the extension's other pages; default: a BroadcastChannel relay. */
  relay?: UpdateRelay | null;
  WebSocketPolyfill?: ConnectionOptions['WebSocketPolyfill'];
  retry?: ConnectionOptions['retry'];
  maxMessageBytes?: ConnectionOptions['maxMessageBytes'];
  /** Where problems with peers' entries go; default: console.warn. */
  report?: (problem: string) => void;
  /** Shortest time between two "edited" marks on a note's index entry while typing. */
  editMarkInterval?: number;
}

export interface NoteBody {
  id: string;
  doc: Y.Doc;
  text: Y.Text;
  /** Who else has this note open, and where their cursors are; null when not connecting. */
  awareness: Awareness | null;
  /** Call when the note is no longer shown; the body is closed when nobody holds it. */
  release(): void;
}

export interface NotesSpace {
  config: SpaceConfig;
  author: NoteAuthor;
  index: Y.Doc;
  /** Resolves once the index is loaded from this device. */
  ready: Promise<void>;
  /** The space's notes, read again on every index change; malformed entries are left out. */
  notes: Observable<ReadNotesResult>;
  status: Observable<SyncStatus>;
  /**
   * The server said this member's token is read-only (learnt on connecting; false until then).
   * The editing methods below throw `ReadOnlySpaceError` meanwhile.
   */
  readOnly: Observable<boolean>;
  /** The team's own glossary entries (its document `SPACE/glossary`), loaded with the index. */
  glossary: TeamGlossary;
  /** Who is in the space now (their `user` field: name, color, colorLight); null when not connecting. */
  presence: Awareness | null;
  create(target: NoteTarget, tags?: string[]): NoteMeta;
  addTag(id: string, tag: string): void;
  removeTag(id: string, tag: string): void;
  trash(id: string): void;
  restore(id: string): void;
  /** Removes the note for everyone and empties its body. */
  purge(id: string): Promise<void>;
  openBody(id: string): Promise<NoteBody>;
  /** Every note, trashed ones too, with its body as this device has it: for export. */
  exportNotes(): Promise<NoteWithBody[]>;
  /** The team glossary's entries, for export with the notes. */
  exportGlossary(): Promise<TeamEntry[]>;
  /**
   * Checks a notes file (JSON export) whole, then adds the notes this space lacks and repairs
   * notes an earlier failed import left empty (`importNotes` in `import-notes.ts`). A bad file
   * throws `NotesFileError` and changes nothing.
   */
  importNotes(text: string, fileName?: string): Promise<ImportPlan & { glossaryAdded: string[] }>;
  close(): Promise<void>;
}

const DEFAULT_EDIT_MARK_INTERVAL = 30_000;
// Bodies written by an import keep the imported note's times and authors.
const IMPORT_ORIGIN = Symbol('notes import');

function defaultRelay(): UpdateRelay | null {
  return typeof BroadcastChannel === 'undefined' ? null : createUpdateRelay();
}

export function openNotesSpace(config: SpaceConfig, options: NotesSpaceOptions = {}): NotesSpace {
  const report = options.report ?? ((problem: string) => console.warn('Attaché notes:', problem));
  const relay = options.relay === undefined ? defaultRelay() : options.relay;
  const ledger = openSyncLedger(config.space);
  const author: NoteAuthor = { id: config.authorId, name: config.displayName };
  const user = { name: config.displayName, color: config.color, colorLight: lightColor(config.color) };
  let closed = false;

  // The pending count is the ledger's, which every page and the background share.
  const pending = observable(0);
  const refreshPending = () => {
    if (closed) return;
    ledger.read().then(
      (entries) => !closed && pending.set(totalUnsent(entries)),
      (error) => console.warn('Attaché notes: sync ledger not read:', error),
    );
  };
  const ledgerChanged = () => {
    refreshPending();
    relay?.announceLedger(config.space);
  };
  const stopLedgerListening = relay?.onLedger((space) => {
    if (space === config.space) refreshPending();
  });

  const connection: SyncConnection | null =
    options.connect === false
      ? null
      : createSyncConnection({
          serverUrl: config.serverUrl,
          token: config.token,
          ledger,
          onLedgerChanged: ledgerChanged,
          WebSocketPolyfill: options.WebSocketPolyfill,
          retry: options.retry,
          maxMessageBytes: options.maxMessageBytes,
        });

  // Remembered across disconnections: only a new answer from the server changes it.
  const readOnly = observable(false);
  connection?.status.subscribe(({ state }) => {
    if (state === 'read-only') readOnly.set(true);
    else if (state === 'connected' || state === 'syncing') readOnly.set(false);
  });
  const writable = () => {
    if (readOnly.get()) throw new ReadOnlySpaceError(config.space);
  };

  const index = openLocalDoc(indexDocName(config.space), relay ?? undefined);
  const notes = observable<ReadNotesResult>({ notes: [], problems: [] });
  const reported = new Set<string>();
  const reread = () => {
    const result = readNotes(index.doc);
    for (const problem of result.problems) {
      // A broken entry stays broken on every change; say so once per page.
      if (!reported.has(problem)) report(problem);
      reported.add(problem);
    }
    notes.set(result);
  };
  index.doc.on('afterTransaction', reread);
  const stopCountingIndex = countLocalChanges(index, ledger, ledgerChanged);
  const ready = index.loaded.then(() => {
    reread();
    refreshPending();
    const provider = connection?.attach(index);
    provider?.awareness?.setLocalStateField('user', user);
  });

  // The glossary is one document beside the index, loaded, counted and synced as it is.
  const glossaryDoc = openLocalDoc(glossaryDocName(config.space), relay ?? undefined);
  const glossary = watchTeamGlossary(glossaryDoc.doc, author, writable, report);
  const stopCountingGlossary = countLocalChanges(glossaryDoc, ledger, ledgerChanged);
  const glossaryReady = glossaryDoc.loaded.then(() => {
    glossary.reread();
    connection?.attach(glossaryDoc, { awareness: false });
  });

  const bodies = new Map<string, { opened: Promise<LocalDoc>; holders: number; stop: () => void }>();
  const editMarks = editMarker(index.doc, author, options.editMarkInterval ?? DEFAULT_EDIT_MARK_INTERVAL);

  const context = () => ({ author });
  // The socket routes messages by document name, so a body closing must be gone from it
  // before the same body opens again.
  const closing = new Map<string, Promise<void>>();
  const closeBody = (id: string) => {
    const held = bodies.get(id);
    if (!held) return Promise.resolve();
    bodies.delete(id);
    const done = (async () => {
      const local = await held.opened;
      held.stop();
      connection?.detach(local.name);
      await local.close();
    })().finally(() => closing.delete(id));
    closing.set(id, done);
    return done;
  };

  const space: NotesSpace = {
    config,
    author,
    index: index.doc,
    ready,
    notes,
    status: combineStatus(connection?.status ?? null, pending),
    readOnly,
    glossary: glossary.glossary,
    get presence() {
      return connection?.provider(index.name)?.awareness ?? null;
    },
    create(target, tags) {
      writable();
      return edits.createNote(index.doc, { target, tags }, context());
    },
    addTag(id, tag) {
      writable();
      edits.addTag(index.doc, id, tag, context());
    },
    removeTag(id, tag) {
      writable();
      edits.removeTag(index.doc, id, tag, context());
    },
    trash(id) {
      writable();
      edits.trashNote(index.doc, id, context());
    },
    restore(id) {
      writable();
      edits.restoreNote(index.doc, id);
    },
    async purge(id) {
      writable();
      edits.purgeNote(index.doc, id);
      // The emptied body stays on this device until the server has it; the background sync
      // pushes it (its ledger count is not zero) even if this page closes first.
      const body = await space.openBody(id);
      clearNoteBody(body.doc);
      body.release();
    },
    async openBody(id) {
      let held = bodies.get(id);
      if (!held) {
        const name = noteDocName(config.space, id);
        let stop = () => {};
        const previous = closing.get(id);
        const opened = (async () => {
          await previous;
          const local = openLocalDoc(name, relay ?? undefined);
          const stopCounting = countLocalChanges(local, ledger, ledgerChanged);
          await local.loaded;
          const stopMarking = editMarks.watch(id, local);
          stop = () => {
            stopMarking();
            stopCounting();
          };
          connection?.attach(local)?.awareness?.setLocalStateField('user', user);
          return local;
        })();
        held = { opened, holders: 0, stop: () => stop() };
        bodies.set(id, held);
      }
      held.holders += 1;
      const local = await held.opened;
      let released = false;
      return {
        id,
        doc: local.doc,
        text: noteBodyText(local.doc),
        awareness: connection?.provider(local.name)?.awareness ?? null,
        release: () => {
          if (released) return;
          released = true;
          const current = bodies.get(id);
          if (current && (current.holders -= 1) === 0) void closeBody(id);
        },
      };
    },
    async exportNotes() {
      await ready;
      const result: NoteWithBody[] = [];
      for (const note of notes.get().notes) {
        const body = await space.openBody(note.id);
        result.push({ ...note, body: body.text.toString() });
        body.release();
      }
      return result;
    },
    async exportGlossary() {
      await glossaryReady;
      return glossary.glossary.entries.get().entries;
    },
    async importNotes(text, fileName = 'notes file') {
      writable();
      const file = parseNotesExport(text, fileName);
      await ready;
      await glossaryReady;
      const glossaryAdded = importGlossaryEntries(glossaryDoc.doc, file.glossary ?? []);
      const plan = await importNotes({ space: config.space, index: index.doc, openBody: space.openBody }, file, fileName, IMPORT_ORIGIN);
      return { ...plan, glossaryAdded };
    },
    async close() {
      await ready.catch(() => undefined);
      await glossaryReady.catch(() => undefined);
      await Promise.all([...bodies.keys()].map(closeBody));
      index.doc.off('afterTransaction', reread);
      stopCountingIndex();
      glossary.stop();
      stopCountingGlossary();
      connection?.destroy();
      stopLedgerListening?.();
      closed = true;
      await index.close();
      await glossaryDoc.close();
      await ledger.close();
      if (options.relay === undefined) relay?.close();
    },
  };
  return space;
}

/**
 * Marks a note's index entry as edited (updated time, author) when its body changes here:
 * at the first change, then at most once per `interval` while typing continues, and once more
 * after the last change. Peers' background syncs use the updated time to know which bodies
 * to fetch, so the last mark matters as much as the first.
 */
function editMarker(index: Y.Doc, author: NoteAuthor, interval: number) {
  return {
    watch(id: string, local: LocalDoc): () => void {
      let lastMark = 0;
      let timer: ReturnType<typeof setTimeout> | null = null;
      const mark = () => {
        timer = null;
        lastMark = Date.now();
        try {
          edits.recordEdit(index, id, { author });
        } catch (error) {
          // Purged meanwhile, or not yet in this copy of the index: nothing to mark.
          if (!(error instanceof edits.UnknownNoteError)) throw error;
        }
      };
      const onUpdate = (_update: Uint8Array, origin: unknown, _doc: Y.Doc, transaction: Y.Transaction) => {
        // Changes loaded from IndexedDB, relayed by another page or received from the server
        // arrive through Y.applyUpdate, which marks the transaction as not local.
        if (!transaction.local || origin === IMPORT_ORIGIN || timer !== null) return;
        const wait = lastMark + interval - Date.now();
        if (wait <= 0) mark();
        else timer = setTimeout(mark, wait);
      };
      local.doc.on('update', onUpdate);
      return () => {
        local.doc.off('update', onUpdate);
        if (timer !== null) {
          clearTimeout(timer);
          mark();
        }
      };
    },
  };
}
