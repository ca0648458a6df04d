/**
 * Messages between the extension's contexts, declared once. Content scripts run inside pages
 * we do not trust, so the background validates every request it receives with `isRequest`
 * (and a content script every tab request with `isTabRequest`) before acting on it.
 */
import type { EntityType } from './corpus-schema';
import type { EntityDetails } from './entity-details';
import { isHighlightNames, type HighlightKey } from './page-names/page-names';
import type { PageSelection } from './page-selection/quote-selection';
import type { CompiledRecognizer } from './recognizer';

/** What the content script needs to recognise terms, without the rest of the corpus. */
export interface RecognizerPayload {
  /** The corpus version it was compiled from. */
  version: string;
  compiled: CompiledRecognizer;
  /** Entity type per id, for choosing the highlight style. */
  types: Record<string, EntityType>;
  /** Entity name per id, for announcing a mention to screen readers. */
  names: Record<string, string>;
}

/** One entity found on a page, as the side panel and badge show it. */
export interface PageEntityCount {
  id: string;
  count: number;
}

/** Which way to move through an entity's mentions on a page. */
export type Direction = 'next' | 'previous';

/** Why the side panel is opened for an entity: to read about it, or to write a note on it. */
export type SidePanelIntent = 'view' | 'add-note';

/** From content scripts and extension pages to the background. */
export type Request =
  /** `knownVersion`: the version the caller holds; the answer is `{ unchanged: true }` if current. */
  | { type: 'get-matcher'; knownVersion?: string }
  | { type: 'get-entity'; id: string }
  /** The highlighted entities of the sender's frame, replacing what it reported before. */
  | { type: 'page-mentions'; url: string; entities: PageEntityCount[] }
  | { type: 'open-side-panel'; entityId?: string; intent?: SidePanelIntent }
  | { type: 'count-notes'; entityId: string }
  /** Sent by a notes page as it hides or unloads, so what was just typed reaches the server. */
  | { type: 'sync-notes' }
  /** Injects the card host (the lazily loaded card UI) into the sender's frame. */
  | { type: 'load-card-host' }
  /** Inserts the `::highlight()` rules for the sender frame's highlight names into that frame. */
  | { type: 'style-highlights'; names: Record<HighlightKey, string> };

export interface ResponseMap {
  'get-matcher': RecognizerPayload | { unchanged: true };
  /** The entity with the names of related entities; null when the corpus has no such id. */
  'get-entity': EntityDetails | null;
  'page-mentions': void;
  'open-side-panel': void;
  /** Null when notes are not available here (no team space joined). Never note text. */
  'count-notes': number | null;
  'sync-notes': void;
  'load-card-host': void;
  'style-highlights': void;
}

export type RequestOf<T extends Request['type']> = Extract<Request, { type: T }>;

/** Sent to a tab's content script (top frame) by the side panel or background. */
export type TabRequest =
  /** Scrolls to the entity's next (or previous) mention after the last one revealed, and flashes it. */
  | { type: 'reveal-mention'; id: string; direction?: Direction }
  | { type: 'get-page-mentions' }
  /** The passage selected in the page, for a page note to quote. Never carries note text. */
  | { type: 'get-selection' };

export interface TabResponseMap {
  /** False when the page has no highlighted mention of the entity. */
  'reveal-mention': boolean;
  'get-page-mentions': PageEntityCount[];
  /** Null when nothing is selected. Checked by the receiver with `readPageSelection`. */
  'get-selection': PageSelection | null;
}

/**
 * The highlighted entities of a tab (all frames together), kept by the background in
 * `storage.session` under `tabMentionsKey(tabId)` for the side panel; removed when the tab
 * navigates or closes.
 */
export interface TabMentions {
  url: string;
  entities: PageEntityCount[];
}

export const tabMentionsKey = (tabId: number): string => `tabMentions:${tabId}`;

/** The tab a `storage.session` key holds the mentions of; undefined for other keys. */
export function tabOfMentionsKey(key: string): number | undefined {
  const match = /^tabMentions:(\d+)$/.exec(key);
  return match ? Number(match[1]) : undefined;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isOptional = <T>(v: unknown, check: (v: unknown) => v is T): boolean => v === undefined || check(v);
const isIntent = (v: unknown): v is SidePanelIntent => v === 'view' || v === 'add-note';
const isDirection = (v: unknown): v is Direction => v === 'next' || v === 'previous';
const isEntityCount = (e: unknown): e is PageEntityCount =>
  typeof e === 'object' &&
  e !== null &&
  isString((e as PageEntityCount).id) &&
  Number.isInteger((e as PageEntityCount).count) &&
  (e as PageEntityCount).count > 0;

type Validators<R extends { type: string }> = { [T in R['type']]: (m: Record<string, unknown>) => boolean };

const REQUESTS: Validators<Request> = {
  'get-matcher': (m) => isOptional(m.knownVersion, isString),
  'get-entity': (m) => isString(m.id),
  'page-mentions': (m) => isString(m.url) && Array.isArray(m.entities) && m.entities.every(isEntityCount),
  'open-side-panel': (m) => isOptional(m.entityId, isString) && isOptional(m.intent, isIntent),
  'count-notes': (m) => isString(m.entityId),
  'sync-notes': () => true,
  'load-card-host': () => true,
  'style-highlights': (m) => isHighlightNames(m.names),
};

const TAB_REQUESTS: Validators<TabRequest> = {
  'reveal-mention': (m) => isString(m.id) && isOptional(m.direction, isDirection),
  'get-page-mentions': () => true,
  'get-selection': () => true,
};

function matches<R extends { type: string }>(validators: Validators<R>, value: unknown): value is R {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  return isString(m.type) && Object.hasOwn(validators, m.type) && validators[m.type as R['type']](m);
}

export const isRequest = (value: unknown): value is Request => matches(REQUESTS, value);
export const isTabRequest = (value: unknown): value is TabRequest => matches(TAB_REQUESTS, value);
