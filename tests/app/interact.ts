import { act } from 'preact/test-utils';
import { vi } from 'vitest';

/** Types `text` into the input as the reader would: value set, then an input event. */
export function type(input: HTMLInputElement, text: string): void {
  act(() => {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export function press(target: EventTarget, key: string, init: KeyboardEventInit = {}): void {
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));
  });
}

/**
 * Waits until `check` stops throwing (write it with `expect`), while pending promises, storage
 * (fake IndexedDB) and Preact's renders and effects run. Waits for the fact the test needs, not
 * for a guessed time: the bound only keeps a broken run from hanging.
 */
export function until<T>(check: () => T): Promise<T> {
  return vi.waitFor(check, { timeout: 5_000, interval: 2 });
}
