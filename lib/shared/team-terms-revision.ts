/**
 * The storage.local key the background sets to the team glossary's revision once it has
 * changed: every content script (all tabs, all frames) reads the recogniser again then.
 * Storage rather than a message to each tab because it reaches every frame and needs no list
 * of tabs; the value names no entry.
 */
export const TEAM_TERMS_REVISION_KEY = 'teamTermsRevision';
