import { useState } from 'preact/hooks';
import { useObservable } from '../notes/space-hooks';
import { buildNotesExport, notesToMarkdown, NotesFileError, serialiseNotesExport, type NotesSpace } from '../../notes';

export interface DownloadFile {
  name: string;
  type: string;
  text: string;
}

export interface NotesTransferProps {
  space: NotesSpace;
  download(file: DownloadFile): void;
}

/** Export the space's notes (Markdown to read, JSON to import again) and import a JSON export. */
export function NotesTransfer({ space, download }: NotesTransferProps) {
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const readOnly = useObservable(space.readOnly, false);
  const name = space.config.space;
  const day = () => new Date().toISOString().slice(0, 10);

  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    setMessage(null);
    try {
      setMessage({ text: await work(), error: false });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      setMessage({ text: error instanceof NotesFileError ? `Nothing was imported. ${detail}` : `Failed: ${detail}`, error: true });
    } finally {
      setBusy(false);
    }
  };

  const exportAs = (format: 'markdown' | 'json') =>
    run(async () => {
      const notes = await space.exportNotes();
      if (format === 'markdown') {
        download({ name: `attache-notes-${name}-${day()}.md`, type: 'text/markdown', text: notesToMarkdown(name, notes) });
      } else {
        download({ name: `attache-notes-${name}-${day()}.json`, type: 'application/json', text: serialiseNotesExport(buildNotesExport(name, notes, undefined, await space.exportGlossary())) });
      }
      return `Exported ${notes.length} ${notes.length === 1 ? 'note' : 'notes'}.`;
    });

  const importFile = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    void run(async () => {
      const plan = await space.importNotes(await file.text(), file.name);
      const parts = [`Imported ${plan.added.length} ${plan.added.length === 1 ? 'note' : 'notes'}`];
      if (plan.repaired.length > 0) parts.push(`restored the text of ${plan.repaired.length} left empty by an earlier import`);
      if (plan.glossaryAdded.length > 0) {
        parts.push(`${plan.glossaryAdded.length} team glossary ${plan.glossaryAdded.length === 1 ? 'entry' : 'entries'}`);
      }
      if (plan.skipped.length > 0) parts.push(`${plan.skipped.length} already in the space were left as they were`);
      return `${parts.join('; ')}.`;
    });
  };

  return (
    <div class="ts-transfer">
      <h3>Export and import</h3>
      <div class="ts-transfer-actions">
        <button type="button" disabled={busy} onClick={() => exportAs('markdown')}>
          Export as Markdown
        </button>
        <button type="button" disabled={busy} onClick={() => exportAs('json')}>
          Export as JSON
        </button>
        <label>
          Import a JSON export:{' '}
          <input
            type="file"
            accept=".json,application/json"
            disabled={busy || readOnly}
            aria-describedby={readOnly ? 'ts-import-read-only' : undefined}
            onChange={(event) => importFile(event.currentTarget)}
          />
        </label>
        {readOnly && <span id="ts-import-read-only">Your token is read-only: you can export this space’s notes, not import into it.</span>}
      </div>
      {message && (
        <p class={message.error ? 'ts-error' : 'ts-saved'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </div>
  );
}
