import type { PageNames } from '../../lib/shared/page-names';

/**
 * What this script's names and milestones were, for DevTools, the end-to-end tests and
 * `npm run bench in-page`, kept on the global object of the content script's world: the page's
 * own scripts live in another world and cannot see it (performance marks would land in the
 * page's timeline).
 */
export interface InPageProbe {
  names: PageNames;
  /** `performance.now()` at each milestone: loaded (settings not yet read), start (the site is on), recognizer-loaded, recognizer-built, first-highlight (a highlight first holds a range), highlighted (the first read is done). */
  marks: Record<string, number>;
}

export function createProbe(names: PageNames): InPageProbe {
  const probe: InPageProbe = { names, marks: {} };
  (globalThis as { attacheInPage?: InPageProbe }).attacheInPage = probe;
  return probe;
}
