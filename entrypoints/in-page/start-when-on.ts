/**
 * Holds back everything but a storage read until this page's site is on: a page on a site the
 * user switched off pays for reading the settings and one storage listener, and builds no
 * recogniser, reads no text, watches nothing and asks the background for nothing. Switching the
 * site on while the page is open starts it then.
 */
export interface SettingsSource<S> {
  load(): Promise<S>;
  subscribe(listener: (settings: S) => void): () => void;
}

/** Calls `start` once, as soon as the settings say the page is on; returns a function that stops waiting. */
export function startWhenOn<S>(
  source: SettingsSource<S>,
  isOn: (settings: S) => boolean,
  start: () => void,
  report: (error: unknown) => void,
): () => void {
  let waiting = true;
  let unsubscribe: (() => void) | undefined;
  const stop = () => {
    waiting = false;
    unsubscribe?.();
    unsubscribe = undefined;
  };
  const consider = (settings: S) => {
    if (!waiting || !isOn(settings)) return;
    stop();
    start();
  };
  // Listening before reading: a switch made between the two is not missed.
  unsubscribe = source.subscribe(consider);
  source.load().then(consider, (error: unknown) => {
    if (waiting) report(error);
  });
  return stop;
}
