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

/** Makes the card host, given the tag its element takes on this page (see lib/page-names). */
export type CardHostFactory = (tag: string) => CardHostApi;

const REGISTRY_KEY = Symbol.for('attache.card-host');

type Registry = typeof globalThis & { [REGISTRY_KEY]?: CardHostFactory };

export function registerCardHost(factory: CardHostFactory): void {
  (globalThis as Registry)[REGISTRY_KEY] = factory;
}

export function registeredCardHost(): CardHostFactory | undefined {
  return (globalThis as Registry)[REGISTRY_KEY];
}

/**
 * A card host that loads the real one on first use. `load` brings the card-host script into
 * this world (the content script asks the background to inject it); it runs once, and again
 * only after a failure.
 */
export function lazyCardHost(load: () => Promise<void>, tag: string): CardHostApi {
  let loading: Promise<CardHostApi> | undefined;
  let api: CardHostApi | undefined;
  const ready = () => {
    loading ??= (async () => {
      if (!registeredCardHost()) await load();
      const factory = registeredCardHost();
      if (!factory) throw new Error('the card host script ran but did not register itself');
      api = factory(tag);
      return api;
    })().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
  return {
    openCard: async (hit, trigger) => (await ready()).openCard(hit, trigger),
    closeCard: () => api?.closeCard(),
  };
}
