import { useEffect } from 'preact/hooks';

export interface HistoryNavProps {
  canGoBack: boolean;
  canGoForward: boolean;
  onBack(): void;
  onForward(): void;
}

/** True for the browser's own back/forward chord (Alt+Left/Right), without other modifiers. */
export function historyKey(event: KeyboardEvent): 'back' | 'forward' | undefined {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return undefined;
  if (event.key === 'ArrowLeft') return 'back';
  if (event.key === 'ArrowRight') return 'forward';
  return undefined;
}

/**
 * Back and forward buttons for the views of an extension page, answering Alt+Left and
 * Alt+Right anywhere on the page as a browser tab would.
 */
export function HistoryNav({ canGoBack, canGoForward, onBack, onForward }: HistoryNavProps) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const key = historyKey(event);
      if (key === 'back' && canGoBack) onBack();
      else if (key === 'forward' && canGoForward) onForward();
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [canGoBack, canGoForward, onBack, onForward]);

  // Nowhere to go yet: no buttons, but the keys are already listened for.
  if (!canGoBack && !canGoForward) return null;
  return (
    <nav class="ah-nav" aria-label="History">
      <button type="button" class="ah-button" onClick={onBack} disabled={!canGoBack} aria-keyshortcuts="Alt+ArrowLeft" title="Back (Alt+Left)">
        <span aria-hidden="true">←</span> Back
      </button>
      <button type="button" class="ah-button" onClick={onForward} disabled={!canGoForward} aria-keyshortcuts="Alt+ArrowRight" title="Forward (Alt+Right)">
        Forward <span aria-hidden="true">→</span>
      </button>
    </nav>
  );
}
