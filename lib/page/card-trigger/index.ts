/**
 * The always-loaded half of the in-page card: hit-testing the pointer against mentions and
 * loading the card host on first use. Preact-free, to keep the content script small.
 */
export type { MentionHit, MentionIndex } from './mention-index';
export { mentionAtPoint } from './hit-test';
export { HOVER_DELAY_MS, watchPointer, type PointerOpenerOptions } from './pointer-opener';
export { lazyCardHost, registerCardHost, registeredCardHost, type CardHostApi } from './card-host-api';
