import { useState } from 'preact/hooks';
import { encodeInvite, type SpaceConfig } from '../../notes';

export interface InviteCodeFieldProps {
  config: SpaceConfig;
  copy(text: string): Promise<void>;
}

/**
 * This membership as an invite code, to bring a colleague in. It carries the token, so it is
 * shown only on request.
 */
export function InviteCodeField({ config, copy }: InviteCodeFieldProps) {
  const [shown, setShown] = useState(false);
  const [copied, setCopied] = useState('');
  if (!shown) {
    return (
      <button type="button" onClick={() => setShown(true)}>
        Show invite code
      </button>
    );
  }
  const code = encodeInvite(config);
  return (
    <div class="ts-invite">
      <label for="ts-invite-code">Invite code (it contains your access token: share it only with the team)</label>
      <input id="ts-invite-code" type="text" readOnly value={code} onFocus={(event) => event.currentTarget.select()} />
      <button
        type="button"
        onClick={() => copy(code).then(() => setCopied('Copied.'), () => setCopied('Copy failed: select the code and copy it by hand.'))}
      >
        Copy
      </button>
      <span role="status">{copied}</span>
    </div>
  );
}
