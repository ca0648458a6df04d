/** The corpus in IndexedDB: opening it, loading the shipped corpus, and reading it. */
export { CORPUS_DB_NAME, openCorpusDb, type CorpusDb, type IndexedDbEnvironment } from './database';
export { CorpusShapeError, validateCorpus } from '../../shared/corpus-format/validate-corpus';
export { loadCorpus, type LoadOptions, type LoadResult } from './load-corpus';
export { corpusNeedsInstall, createCorpusInstaller, fetchCorpus, type CorpusInstaller, type FetchFunction } from './install-corpus';
export { corpusVersion, getEntities, getEntity } from './queries';
