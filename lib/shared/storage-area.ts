/**
 * The part of an extension storage area (`browser.storage.local`, `browser.storage.session`)
 * that code in lib/ uses, so that it knows no extension context and tests can pass a memory one.
 */
export type StorageChanges = Record<string, { newValue?: unknown }>;

export interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
  onChanged: {
    addListener(listener: (changes: StorageChanges) => void): void;
    removeListener(listener: (changes: StorageChanges) => void): void;
  };
}
