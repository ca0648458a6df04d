import { useState } from 'preact/hooks';

export interface LeaveSpaceProps {
  space: string;
  /** Changes made here that the server has not acknowledged: leaving would lose them. */
  pendingChanges: number;
  onLeave(): Promise<void>;
}

/** Leaving a space, with a second step that says what is lost. */
export function LeaveSpace({ space, pendingChanges, onLeave }: LeaveSpaceProps) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState('');
  if (!confirming) {
    return (
      <button type="button" class="ts-danger" onClick={() => setConfirming(true)}>
        Leave space…
      </button>
    );
  }
  const leave = () => onLeave().catch((problem: unknown) => setError(`Could not leave: ${String((problem as Error)?.message ?? problem)}`));
  return (
    <div class="ts-confirm" role="group" aria-label="Leave the space">
      <p>
        Leave <strong>{space}</strong>? Its notes are removed from this device; the team keeps them on the server.
        {pendingChanges > 0 &&
          ` ${pendingChanges} ${pendingChanges === 1 ? 'change has' : 'changes have'} not reached the server and will be lost.`}
      </p>
      <button type="button" class="ts-danger" onClick={leave}>
        Leave and remove notes from this device
      </button>
      <button type="button" onClick={() => setConfirming(false)}>
        Stay
      </button>
      {error && (
        <p class="ts-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
