/** The compiled recogniser the background serves to content scripts: built from the corpus, cached by version. */
export { buildRecognizerPayload } from './build-recognizer-payload';
export { createRecognizerSource, RECOGNIZER_CACHE_KEY, type RecognizerSourceDeps } from './recognizer-source';
