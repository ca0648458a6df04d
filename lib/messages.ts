/**
 * Messages between the extension's contexts, declared once. Content scripts run inside pages
 * we do not trust, so the background validates every request it receives with `isRequest`
 * before acting on it.
 */
import type { EntityType } from './corpus-schema';
import type { EntityDetails } from './entity-details';
import type { CompiledRecognizer } from './recognizer';

/** What the content script needs to recognise terms, without the rest of the corpus. */
export interface MatcherPayload {
  version: string;
  compiled: CompiledRecognizer;
  /** Entity type per id, for choosing the highlight style. */
  types: Record<string, EntityType>;
  names: Record<string, string>;
}

/** One entity found on a page, as the side panel and badge show it. */
export interface PageEntityCount {
  id: string;
  count: number;
}

/** Why the side panel is opened for an entity: to read about it, or to write a note on it. */
export type SidePanelIntent = 'view' | 'add-note';

export type Request =
  | { type: 'get-matcher'; knownVersion?: string }
  | { type: 'get-entity'; id: string }
  | { type: 'page-mentions'; url: string; entities: PageEntityCount[] }
  | { type: 'open-side-panel'; entityId?: string; intent?: SidePanelIntent }
  | { type: 'count-notes'; entityId: string }
  /** Injects the card host (the lazily loaded card UI) into the sender's frame. */
  | { type: 'load-card-host' };

/** Sent to a tab's content script (top frame) by the side panel or background. */
export type TabRequest =
  | { type: 'reveal-mention'; id: string; direction?: 'next' | 'previous' }
  | { type: 'get-page-mentions' };

export interface ResponseMap {
  'get-matcher': MatcherPayload | { unchanged: true };
  /** The entity with the names of related entities; null when the corpus has no such id. */
  'get-entity': EntityDetails | null;
  'page-mentions': void;
  'open-side-panel': void;
  /** Null when notes are not available here (no team space joined). Never note text. */
  'count-notes': number | null;
  'load-card-host': void;
}

export type RequestOf<T extends Request['type']> = Extract<Request, { type: T }>;

const isString = (v: unknown): v is string => typeof v === 'string';
const isOptional = <T>(v: unknown, check: (v: unknown) => v is T): boolean => v === undefined || check(v);
const isIntent = (v: unknown): v is SidePanelIntent => v === 'view' || v === 'add-note';
const isEntityCount = (e: unknown): e is PageEntityCount =>
  typeof e === 'object' && e !== null && isString((e as PageEntityCount).id) && Number.isInteger((e as PageEntityCount).count);

const VALIDATORS: { [T in Request['type']]: (m: Record<string, unknown>) => boolean } = {
  'get-matcher': (m) => isOptional(m.knownVersion, isString),
  'get-entity': (m) => isString(m.id),
  'page-mentions': (m) => isString(m.url) && Array.isArray(m.entities) && m.entities.every(isEntityCount),
  'open-side-panel': (m) => isOptional(m.entityId, isString) && isOptional(m.intent, isIntent),
  'count-notes': (m) => isString(m.entityId),
  'load-card-host': () => true,
};

export function isRequest(value: unknown): value is Request {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  return isString(m.type) && Object.hasOwn(VALIDATORS, m.type) && VALIDATORS[m.type as Request['type']](m);
}
