import type { Entity } from '../../../lib/shared/corpus-format/corpus-schema';
import { InPageController, type ControllerDeps } from '../../../lib/page/highlighting';
import { HIGHLIGHT_KEYS, type HighlightKey } from '../../../lib/shared/page-names';
import { buildRecognizerPayload } from '../../../lib/background/recognizer-payload';
import type { PageEntityCount } from '../../../lib/shared/messages';
import { DEFAULT_SETTINGS, pageSettings, type Settings } from '../../../lib/shared/settings';

function entity(id: string, type: Entity['type'], name: string, aliases: string[] = []): Entity {
  return { id, type, name, shortName: name, aliases, variants: [], summary: '', facts: [], relations: [], positions: [], rules: [], sources: [] };
}

export const ENTITIES: Entity[] = [
  entity('budapest-convention', 'instrument', 'Budapest Convention', ['Convention on Cybercrime']),
  entity('apcert', 'organization', 'Asia Pacific Computer Emergency Response Team', ['APCERT']),
  entity('li-baodong', 'person', 'Li Baodong'),
  entity('confidence-building-measures', 'concept', 'confidence-building measures', ['CBMs']),
];

export const PAYLOAD = buildRecognizerPayload('test-1', ENTITIES);

/** A stand-in for CSS.highlights, which happy-dom lacks: a Highlight is a set of ranges. */
export function fakeHighlights() {
  const registry = new Map<string, Set<AbstractRange>>();
  return {
    registry,
    env: {
      registry: { set: (name: string, h: never) => registry.set(name, h), delete: (name: string) => registry.delete(name) },
      createHighlight: () => new Set<AbstractRange>(),
      // Plain keys stand in for the random names a page gets, so tests can read them.
      names: Object.fromEntries(HIGHLIGHT_KEYS.map((key) => [key, key])) as Record<HighlightKey, string>,
    },
    /** The text of every range in each registered highlight. */
    texts(): Record<string, string[]> {
      const out: Record<string, string[]> = {};
      for (const [name, ranges] of registry) {
        if (ranges.size > 0) out[name] = [...ranges].map((r) => rangeText(r)).sort();
      }
      return out;
    },
  };
}

function rangeText(r: AbstractRange): string {
  const range = document.createRange();
  range.setStart(r.startContainer, r.startOffset);
  range.setEnd(r.endContainer, r.endOffset);
  return range.toString();
}

export function settings(change: Partial<Settings> = {}, site = 'example.org') {
  return pageSettings({ ...DEFAULT_SETTINGS, ...change }, site);
}

export function startController(overrides: Partial<ControllerDeps> = {}) {
  const highlights = fakeHighlights();
  const reports: PageEntityCount[][] = [];
  let recognizerRequests = 0;
  const controller = new InPageController({
    doc: document,
    highlights: highlights.env,
    clock: { now: () => performance.now(), yieldToMain: () => new Promise((r) => setTimeout(r, 0)) },
    timers: { setTimeout: (f, ms) => setTimeout(f, ms), clearTimeout: (h) => clearTimeout(h as number), now: () => performance.now() },
    makeRange(bounds) {
      const range = document.createRange();
      range.setStart(bounds.startContainer, bounds.startOffset);
      range.setEnd(bounds.endContainer, bounds.endOffset);
      return range;
    },
    async loadRecognizer() {
      recognizerRequests++;
      return structuredClone(PAYLOAD);
    },
    reportMentions: (entities) => reports.push(entities),
    chunkSize: 64,
    ...overrides,
  });
  return { controller, highlights, reports, recognizerRequests: () => recognizerRequests };
}
