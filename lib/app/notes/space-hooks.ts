import { useEffect, useState } from 'preact/hooks';
import type { NotesSpace, SpaceConfig, SpaceConfigStore } from '../../notes';

/** The membership now, following every change any extension page makes; undefined while loading. */
export function useMembership(store: SpaceConfigStore): SpaceConfig | null | undefined {
  const [config, setConfig] = useState<SpaceConfig | null | undefined>(undefined);
  useEffect(() => {
    let current = true;
    store.load().then((loaded) => current && setConfig(loaded), () => current && setConfig(null));
    const unsubscribe = store.subscribe((next) => setConfig(next));
    return () => {
      current = false;
      unsubscribe();
    };
  }, [store]);
  return config;
}

/**
 * The space of a membership, open while the component shows it: opened again when the
 * membership changes (a new name or colour is what peers must see), closed when it ends.
 */
export function useOpenSpace(config: SpaceConfig | null | undefined, open: (config: SpaceConfig) => NotesSpace): NotesSpace | null {
  const [space, setSpace] = useState<NotesSpace | null>(null);
  const key = config ? JSON.stringify(config) : '';
  useEffect(() => {
    if (!config) {
      setSpace(null);
      return;
    }
    const opened = open(config);
    setSpace(opened);
    return () => {
      setSpace(null);
      void opened.close();
    };
  }, [key, open]);
  return space;
}

/** An observable's value as component state. */
export function useObservable<T>(source: { get(): T; subscribe(listener: (value: T) => void): () => void } | null | undefined, fallback: T): T {
  const [value, setValue] = useState<T>(() => source?.get() ?? fallback);
  useEffect(() => {
    if (!source) {
      setValue(fallback);
      return;
    }
    setValue(source.get());
    return source.subscribe(setValue);
  }, [source]);
  return value;
}

