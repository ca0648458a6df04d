import { useEffect, useState } from 'preact/hooks';
import type { NoteBody, NotesSpace } from '../../notes';

/**
 * A note's body document, open while the component shows it, and its text kept current with
 * every edit, local or a peer's. `body` is null until it has loaded from this device.
 */
export function useNoteBody(space: NotesSpace, noteId: string): { body: NoteBody | null; text: string; failure: string } {
  const [body, setBody] = useState<NoteBody | null>(null);
  const [text, setText] = useState('');
  const [failure, setFailure] = useState('');
  useEffect(() => {
    let held: NoteBody | null = null;
    let cancelled = false;
    const update = () => held && setText(held.text.toString());
    space.openBody(noteId).then(
      (opened) => {
        if (cancelled) {
          opened.release();
          return;
        }
        held = opened;
        setBody(opened);
        update();
        opened.text.observe(update);
      },
      (error: unknown) => !cancelled && setFailure(`The note could not be opened: ${String((error as Error)?.message ?? error)}`),
    );
    return () => {
      cancelled = true;
      if (held) {
        held.text.unobserve(update);
        held.release();
      }
      setBody(null);
    };
  }, [space, noteId]);
  return { body, text, failure };
}
