/**
 * How the always-loaded content script reaches the lazily loaded card host. The card-host
 * script, injected into the content script's isolated world on first use, registers itself
 * here; the page's own scripts live in another world and cannot see the registration.
 */
import type { MentionHit } from './mention-index';

export interface CardHostApi {
  openCard(hit: MentionHit, trigger: 'hover' | 'click' | 'keyboard'): Promise<void>;
  closeCard(): void;
}

const REGISTRY_KEY = Symbol.for('attache.card-host');

type Registry = typeof globalThis & { [REGISTRY_KEY]?: CardHostApi };

export function registerCardHost(api: CardHostApi): void {
  (globalThis as Registry)[REGISTRY_KEY] = api;
}

export function registeredCardHost(): CardHostApi | undefined {
  return (globalThis as Registry)[REGISTRY_KEY];
}

/**
 * A card host that loads the real one on first use. `load` brings the card-host script into
 * this world (the content script asks the background to inject it); it runs once, and again
 * only after a failure.
 */
export function lazyCardHost(load: () => Promise<void>): CardHostApi {
  let loading: Promise<CardHostApi> | undefined;
  const ready = () => {
    loading ??= (async () => {
      if (!registeredCardHost()) await load();
      const api = registeredCardHost();
      if (!api) throw new Error('the card host script ran but did not register itself');
      return api;
    })().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
  return {
    openCard: async (hit, trigger) => (await ready()).openCard(hit, trigger),
    closeCard: () => registeredCardHost()?.closeCard(),
  };
}
