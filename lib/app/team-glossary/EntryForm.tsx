import { ENTITY_TYPES } from '../../shared/corpus-format/corpus-schema';
import type { TeamEntryProblem } from '../../notes/team-glossary';
import type { EntryFormState } from './entry-draft';
import { SourceCitation } from './SourceCitation';

export interface EntryFormProps {
  form: EntryFormState;
  /** True when editing an entry that exists: its id stays. */
  existing: boolean;
  problems: TeamEntryProblem[];
  onChange(form: EntryFormState): void;
  onSave(): void;
  onCancel(): void;
  /** Takes the passage selected in the described tab as the source of the next fact. */
  onCaptureSource?(): void;
}

/** Creating or editing a team entry; every problem the shared rules find is listed by field. */
export function EntryForm({ form, existing, problems, onChange, onSave, onCancel, onCaptureSource }: EntryFormProps) {
  const set = <K extends keyof EntryFormState>(key: K) => (event: Event) =>
    onChange({ ...form, [key]: (event.currentTarget as HTMLInputElement).value });
  const field = (id: string, label: string, input: preact.JSX.Element, hint?: string) => (
    <label class="tg-field">
      <span>{label}</span>
      {input}
      {hint && <small>{hint}</small>}
    </label>
  );
  return (
    <form
      class="tg-form"
      aria-label={existing ? `Edit ${form.name || form.id}` : 'New team glossary entry'}
      onSubmit={(event) => {
        event.preventDefault();
        onSave();
      }}
    >
      {problems.length > 0 && (
        <div class="tg-problems" role="alert">
          <p>The entry was not saved:</p>
          <ul>
            {problems.map((p) => (
              <li key={`${p.field}:${p.message}`}>
                {p.field ? <code>{p.field}</code> : null}
                {p.field ? ': ' : ''}
                {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {field('name', 'Name', <input value={form.name} onInput={set('name')} />, form.extends ? `Leave empty to keep the bundled name.` : undefined)}
      {existing
        ? null
        : field('id', 'Id', <input value={form.id} onInput={set('id')} placeholder="made from the name" />)}
      {field(
        'type',
        'Type',
        <select value={form.type} onChange={set('type')}>
          <option value="">{form.extends ? '(as bundled)' : 'Choose…'}</option>
          {ENTITY_TYPES.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>,
      )}
      {field('aliases', 'Aliases', <input value={form.aliases} onInput={set('aliases')} />, 'Separated by commas: OEWG, Open-ended WG')}
      {field('summary', 'Summary', <textarea value={form.summary} onInput={set('summary')} rows={3} />, 'One to three sentences.')}
      {field('rules', 'Recognition rules', <textarea value={form.rules} onInput={set('rules')} rows={2} />, 'One per line: “OEWG: ambiguous” or “OEWG: cues cyber, UN”.')}
      <fieldset class="tg-facts">
        <legend>Facts</legend>
        {form.facts.map((fact, i) => (
          <div class="tg-fact" key={`${i}:${fact.text}`}>
            <p>{fact.text}</p>
            <SourceCitation source={fact.source} />
            <button type="button" onClick={() => onChange({ ...form, facts: form.facts.filter((_, j) => j !== i) })}>
              Remove fact
            </button>
          </div>
        ))}
        {field('fact', 'New fact', <textarea value={form.factText} onInput={set('factText')} rows={2} />)}
        {form.pendingSource ? (
          <SourceCitation source={form.pendingSource} />
        ) : (
          <p class="tg-hint">A fact needs a source: select the passage on the page, then take it.</p>
        )}
        {onCaptureSource && (
          <button type="button" onClick={onCaptureSource}>
            Take the selected passage as its source
          </button>
        )}
      </fieldset>
      <div class="tg-actions">
        <button type="submit">Save</button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
