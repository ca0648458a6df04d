import { useState } from 'preact/hooks';
import { SPACE_CONFIG_CHECKS } from '../../notes';
import { FieldError } from './FieldError';

export interface ProfileFormProps {
  displayName: string;
  color: string;
  onSave(displayName: string, color: string): Promise<void>;
}

/** The name and colour the team sees on your cursor and notes; changeable at any time. */
export function ProfileForm({ displayName, color, onSave }: ProfileFormProps) {
  const [name, setName] = useState(displayName);
  const [colour, setColour] = useState(color);
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    setSaved(false);
    try {
      const checkedName = SPACE_CONFIG_CHECKS.displayName(name);
      const checkedColour = SPACE_CONFIG_CHECKS.color(colour);
      setError(undefined);
      await onSave(checkedName, checkedColour);
      setSaved(true);
    } catch (problem) {
      setError(problem instanceof Error ? problem.message : String(problem));
    }
  };

  return (
    <form class="ts-profile" onSubmit={submit} noValidate>
      <div class="ts-field">
        <label for="ts-profile-name">Your name</label>
        <input
          id="ts-profile-name"
          type="text"
          value={name}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'ts-profile-error' : undefined}
          onInput={(event) => setName(event.currentTarget.value)}
        />
      </div>
      <div class="ts-field ts-field-inline">
        <label for="ts-profile-color">Your colour</label>
        <input id="ts-profile-color" type="color" value={colour} onInput={(event) => setColour(event.currentTarget.value)} />
      </div>
      <FieldError id="ts-profile-error" message={error} />
      <button type="submit">Save name and colour</button>
      {saved && <span class="ts-saved" role="status"> Saved.</span>}
    </form>
  );
}
