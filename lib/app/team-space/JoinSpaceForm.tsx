import { useState } from 'preact/hooks';
import { defaultColorFor, type SpaceConfig } from '../../notes';
import { FieldError } from './FieldError';
import { checkJoinForm, type JoinFormField, type JoinFormValues } from './membership-form';
import { serverConfirmation } from './server-confirmation';

export interface JoinSpaceFormProps {
  /** Saves the membership; a rejection is shown under the form. */
  onJoin(config: SpaceConfig): Promise<void>;
  /** Identifies this member on this install in author lists. */
  authorId: string;
}

const EMPTY: JoinFormValues = { mode: 'invite', invite: '', serverUrl: '', space: '', token: '', displayName: '', color: '' };

/**
 * Joining a team space: one pasted invite code, or server, space and token; plus how you appear.
 * Before anything connects, the member sees which server the space is on and confirms it: an
 * invite comes from someone else, and the server receives notes, name and token.
 */
export function JoinSpaceForm({ onJoin, authorId }: JoinSpaceFormProps) {
  const [values, setValues] = useState<JoinFormValues>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<JoinFormField, string>>>({});
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);
  // A checked membership waiting for the member to confirm its server.
  const [pending, setPending] = useState<SpaceConfig | null>(null);
  // Until the member picks a colour, it follows the name, so two new members rarely share one.
  const color = values.color || defaultColorFor(values.displayName);

  const set = (field: keyof JoinFormValues) => (event: Event) => {
    const value = (event.currentTarget as HTMLInputElement).value;
    setValues((current) => ({ ...current, [field]: value }));
    setPending(null);
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
    setPending(check.config);
  };

  const confirm = async () => {
    if (!pending) return;
    setBusy(true);
    try {
      await onJoin(pending);
      setPending(null);
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

      {pending ? (
        <ConfirmServer config={pending} busy={busy} onConfirm={() => void confirm()} onBack={() => setPending(null)} />
      ) : (
        <button type="submit" class="ts-primary">
          Join space
        </button>
      )}
      {failure && (
        <p class="ts-error" role="alert">
          {failure}
        </p>
      )}
    </form>
  );
}

interface ConfirmServerProps {
  config: SpaceConfig;
  busy: boolean;
  onConfirm(): void;
  onBack(): void;
}

/** The server the space is on, shown before joining connects to it. */
function ConfirmServer({ config, busy, onConfirm, onBack }: ConfirmServerProps) {
  const { address, host, where } = serverConfirmation(config.serverUrl);
  return (
    <div class="ts-confirm" role="group" aria-labelledby="ts-confirm-heading">
      <p id="ts-confirm-heading">
        Join the space <strong>{config.space}</strong> on the server <code class="ts-address">{address}</code>?
      </p>
      {where && <p class="ts-warning">{where}</p>}
      <p>The server at {host} will receive your notes, your name and the space&rsquo;s token. Join only if you expected this server.</p>
      <button type="button" class="ts-primary" disabled={busy} onClick={onConfirm}>
        {busy ? 'Joining…' : `Join on ${host}`}
      </button>
      <button type="button" disabled={busy} onClick={onBack}>
        Back
      </button>
    </div>
  );
}
