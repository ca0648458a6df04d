/** The matcher the background serves to content scripts: built from the corpus, cached by version. */
export { buildMatcherPayload } from './build-payload';
export { createMatcherSource, MATCHER_CACHE_KEY, type MatcherSourceDeps } from './matcher-source';
