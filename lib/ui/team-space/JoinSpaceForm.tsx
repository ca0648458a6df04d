import { useState } from 'preact/hooks';
import { defaultColorFor, type SpaceConfig } from '../../notes';
import { FieldError } from './FieldError';
import { checkJoinForm, type JoinFormField, type JoinFormValues } from './membership-form';

export interface JoinSpaceFormProps {
  /** Saves the membership; a rejection is shown under the form. */
  onJoin(config: SpaceConfig): Promise<void>;
  /** Identifies this member on this install in author lists. */
  authorId: string;
}

const EMPTY: JoinFormValues = { mode: 'invite', invite: '', serverUrl: '', space: '', token: '', displayName: '', color: '' };

/** Joining a team space: one pasted invite code, or server, space and token; plus how you appear. */
export function JoinSpaceForm({ onJoin, authorId }: JoinSpaceFormProps) {
  const [values, setValues] = useState<JoinFormValues>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<JoinFormField, string>>>({});
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);
  // Until the member picks a colour, it follows the name, so two new members rarely share one.
  const color = values.color || defaultColorFor(values.displayName);

  const set = (field: keyof JoinFormValues) => (event: Event) => {
    const value = (event.currentTarget as HTMLInputElement).value;
    setValues((current) => ({ ...current, [field]: value }));
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    setFailure('');
    const check = checkJoinForm({ ...values, color }, authorId);
    if (!check.ok) {
      setErrors(check.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await onJoin(check.config);
    } catch (error) {
      setFailure(`Could not join: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };

  const field = (name: JoinFormField) => ({
    id: `ts-${name}`,
    'aria-invalid': errors[name] ? ('true' as const) : undefined,
    'aria-describedby': errors[name] ? `ts-${name}-error` : undefined,
  });

  return (
    <form class="ts-form" onSubmit={submit} noValidate>
      <fieldset class="ts-mode">
        <legend>Join with</legend>
        <label>
          <input type="radio" name="ts-mode" checked={values.mode === 'invite'} onChange={() => setValues((v) => ({ ...v, mode: 'invite' }))} />
          an invite code
        </label>
        <label>
          <input type="radio" name="ts-mode" checked={values.mode === 'fields'} onChange={() => setValues((v) => ({ ...v, mode: 'fields' }))} />
          server address, space and token
        </label>
      </fieldset>

      {values.mode === 'invite' ? (
        <div class="ts-field">
          <label for="ts-invite">Invite code</label>
          <textarea {...field('invite')} rows={3} spellcheck={false} placeholder="attache:…" value={values.invite} onInput={set('invite')} />
          <FieldError id="ts-invite-error" message={errors.invite} />
        </div>
      ) : (
        <>
          <div class="ts-field">
            <label for="ts-serverUrl">Server address</label>
            <input {...field('serverUrl')} type="url" placeholder="wss://notes.example.org" value={values.serverUrl} onInput={set('serverUrl')} />
            <FieldError id="ts-serverUrl-error" message={errors.serverUrl} />
          </div>
          <div class="ts-field">
            <label for="ts-space">Space</label>
            <input {...field('space')} type="text" spellcheck={false} value={values.space} onInput={set('space')} />
            <FieldError id="ts-space-error" message={errors.space} />
          </div>
          <div class="ts-field">
            <label for="ts-token">Token</label>
            <input {...field('token')} type="password" autocomplete="off" spellcheck={false} value={values.token} onInput={set('token')} />
            <FieldError id="ts-token-error" message={errors.token} />
          </div>
        </>
      )}

      <div class="ts-field">
        <label for="ts-displayName">Your name, as the team sees it</label>
        <input {...field('displayName')} type="text" autocomplete="name" value={values.displayName} onInput={set('displayName')} />
        <FieldError id="ts-displayName-error" message={errors.displayName} />
      </div>
      <div class="ts-field ts-field-inline">
        <label for="ts-color">Your colour</label>
        <input {...field('color')} type="color" value={color} onInput={set('color')} />
        <FieldError id="ts-color-error" message={errors.color} />
      </div>

      <button type="submit" class="ts-primary" disabled={busy}>
        {busy ? 'Joining…' : 'Join space'}
      </button>
      {failure && (
        <p class="ts-error" role="alert">
          {failure}
        </p>
      )}
    </form>
  );
}
