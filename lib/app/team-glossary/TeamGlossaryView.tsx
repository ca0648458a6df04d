import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Entity } from '../../shared/corpus-format/corpus-schema';
import { formatClash, teamClashes, type ReadTeamGlossaryResult, type TeamEntry, type TeamEntryProblem } from '../../notes/team-glossary';
import type { NotesSpace } from '../../notes';
import { useNotes } from '../notes/notes-context';
import { useObservable } from '../notes/space-hooks';
import { draftOf, emptyForm, formOf, sourceFrom, type EntryFormState } from './entry-draft';
import { EntryForm } from './EntryForm';
import { SourceCitation } from './SourceCitation';

export interface TeamGlossaryViewProps {
  /** The bundled corpus, for alias clashes and the entities an entry may extend. */
  bundled: readonly Entity[];
  /** The tab the panel describes: where a selected passage is taken from. */
  page?: { id: number; url?: string; title?: string };
  /** Start a new entry from the passage selected in the page ("Add to team glossary"). */
  fromSelection?: boolean;
  /** Start a new entry with this name filled in. */
  initialName?: string;
}

const EMPTY: ReadTeamGlossaryResult = { entries: [], problems: [] };

/** The team's own glossary: every entry marked as the team's, with who added it and when; create and edit. */
export function TeamGlossaryView(props: TeamGlossaryViewProps) {
  const { space } = useNotes();
  if (space === undefined) return <p class="sp-empty">Loading…</p>;
  if (space === null) return <p class="sp-empty">The team glossary belongs to a team space. Join one in the options.</p>;
  return <SpaceGlossary space={space} {...props} />;
}

function SpaceGlossary({ space, bundled, page, fromSelection, initialName }: TeamGlossaryViewProps & { space: NotesSpace }) {
  const { captureSelection } = useNotes();
  const { entries, problems } = useObservable(space.glossary.entries, EMPTY);
  const readOnly = useObservable(space.readOnly, false);
  const [form, setForm] = useState<{ state: EntryFormState; existing: boolean } | null>(null);
  const [refused, setRefused] = useState<TeamEntryProblem[]>([]);
  const [message, setMessage] = useState('');
  const clashes = useMemo(() => teamClashes(entries, bundled), [entries, bundled]);
  const bundledName = (id: string) => bundled.find((b) => b.id === id)?.name ?? id;

  const takeSelection = async () => {
    if (!captureSelection || !page) return null;
    const selection = await captureSelection(page.id).catch(() => null);
    const source = selection && sourceFrom(selection, page);
    if (!source) setMessage('Select a passage on the page first: it becomes the fact’s source.');
    return source;
  };
  const start = async (withSelection: boolean, name = '') => {
    setRefused([]);
    setMessage('');
    setForm({ state: { ...emptyForm(withSelection ? await takeSelection() : null), name }, existing: false });
  };
  useEffect(() => {
    if ((fromSelection || initialName) && !readOnly) void start(fromSelection ?? false, initialName);
  }, [fromSelection, initialName]);

  const save = () => {
    if (!form) return;
    try {
      const result = space.glossary.save(draftOf(form.state), bundled);
      if (result.saved) {
        setForm(null);
        setRefused([]);
        setMessage(`Saved “${result.saved.name ?? bundledName(result.saved.extends ?? '')}” to the team glossary.`);
      } else {
        setRefused(result.problems);
      }
    } catch (error) {
      setRefused([{ field: '', message: error instanceof Error ? error.message : String(error) }]);
    }
  };

  return (
    <section class="tg-glossary" aria-labelledby="tg-heading">
      <h2 id="tg-heading">Team glossary</h2>
      {readOnly && <p class="tg-hint">Your token for this space is read-only: the glossary can be read, not changed.</p>}
      {problems.length > 0 && (
        <div class="tg-warnings" role="alert">
          <p>
            {problems.length} {problems.length === 1 ? 'entry' : 'entries'} from the team could not be shown:
          </p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {form ? (
        <EntryForm
          form={form.state}
          existing={form.existing}
          problems={refused}
          onChange={(state) => setForm({ ...form, state })}
          onSave={save}
          onCancel={() => setForm(null)}
          onCaptureSource={
            captureSelection && page
              ? () => void takeSelection().then((source) => source && setForm({ ...form, state: { ...form.state, pendingSource: source } }))
              : undefined
          }
        />
      ) : (
        !readOnly && (
          <div class="tg-actions">
            <button type="button" onClick={() => void start(false)}>
              New entry
            </button>
            {captureSelection && page && (
              <button type="button" onClick={() => void start(true)}>
                New entry from the selection
              </button>
            )}
          </div>
        )
      )}
      <p class="tg-status" role="status">
        {message}
      </p>
      {entries.length === 0 ? (
        <p class="sp-empty">No team entries yet.</p>
      ) : (
        <ul class="tg-entries">
          {entries.map((entry) => (
            <li key={entry.id}>
              <TeamEntryCard
                entry={entry}
                extendsName={entry.extends ? bundledName(entry.extends) : undefined}
                clashes={clashes.filter((c) => c.entryId === entry.id).map(formatClash)}
                onEdit={readOnly ? undefined : () => setForm({ state: formOf(entry), existing: true })}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function TeamEntryCard({ entry, extendsName, clashes, onEdit }: { entry: TeamEntry; extendsName?: string; clashes: string[]; onEdit?: () => void }) {
  const day = (iso: string) => iso.slice(0, 10);
  return (
    <article class="tg-entry" aria-label={entry.name ?? extendsName ?? entry.id}>
      <h3>
        {entry.name ?? extendsName ?? entry.id} <span class="tg-badge">Team</span>
        {entry.type && <span class="tg-type"> {entry.type}</span>}
      </h3>
      {extendsName && <p class="tg-extends">Adds to the bundled entry “{extendsName}”.</p>}
      {entry.aliases.length > 0 && <p class="tg-aliases">Also: {entry.aliases.join(', ')}</p>}
      {entry.summary && <p>{entry.summary}</p>}
      {entry.facts.map((fact, i) => (
        <div class="tg-fact" key={i}>
          <p>{fact.text}</p>
          <SourceCitation source={fact.source} />
        </div>
      ))}
      {clashes.map((c) => (
        <p class="tg-clash" key={c}>
          {c}
        </p>
      ))}
      <p class="tg-by">
        Added by {entry.addedBy.name} on {day(entry.addedAt)}
        {entry.changedAt !== entry.addedAt ? `; changed by ${entry.changedBy.name} on ${day(entry.changedAt)}` : ''}
      </p>
      {onEdit && (
        <button type="button" onClick={onEdit}>
          Edit
        </button>
      )}
    </article>
  );
}
