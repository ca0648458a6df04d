import { useEffect, useState } from 'preact/hooks';
import type { CorpusSnapshot } from '../../corpus/corpus-snapshot';

export interface CorpusLoad {
  /** Undefined while loading, and after a failure. */
  snapshot?: CorpusSnapshot;
  /** Why the corpus could not be loaded. */
  failure?: string;
}

/** The corpus snapshot an extension page reads from, loaded once per `loadSnapshot`. */
export function useCorpusSnapshot(loadSnapshot: () => Promise<CorpusSnapshot>): CorpusLoad {
  const [load, setLoad] = useState<CorpusLoad>({});
  useEffect(() => {
    loadSnapshot().then(
      (snapshot) => setLoad({ snapshot }),
      (error: unknown) => setLoad({ failure: String((error as Error)?.message ?? error) }),
    );
  }, [loadSnapshot]);
  return load;
}
