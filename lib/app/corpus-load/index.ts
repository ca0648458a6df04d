export { CorpusFailure } from './CorpusFailure';
export { useCorpusSnapshot, type CorpusLoad } from './use-corpus-snapshot';
