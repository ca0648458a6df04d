/**
 * Messages between the extension's contexts, declared once: requests, their answers and their
 * validation. Content scripts run inside pages we do not trust, so the background validates
 * every request it receives with `isRequest` (and a content script every tab request with
 * `isTabRequest`) before acting on it; message-channel.ts sends and answers them.
 */
import type { EntityType } from './corpus-format/corpus-schema';
import type { EntityDetails } from './card/entity-details';
import { isHighlightNames, type HighlightKey } from './page-names/page-names';
import type { MarksShown, NotePassage } from './note-passages';
import type { PageSelection } from './page-quote';
import type { CompiledRecognizer, TransferredMachine } from './recognizer';
import { isOptional, isRecord, isString } from './shape-check';
import { isSourcePlace, type SourcePlace } from './source-reader/source-place';

/** What the content script needs to recognise terms, without the rest of the corpus. */
export interface RecognizerPayload {
  /** The corpus version it was compiled from. */
  version: string;
  compiled: CompiledRecognizer;
  /** Its automaton, built by the background, so that a page does not build it (see machine-transfer.ts). */
  machine: TransferredMachine;
  /** Entity type per id, for choosing the highlight style. */
  types: Record<string, EntityType>;
  /** Entity name per id, for announcing a mention to screen readers. */
  names: Record<string, string>;
}

/** One entity found on a page, as the side panel and badge show it. */
export interface PageEntityCount {
  id: string;
  count: number;
  /** In a PDF, the pages (from 1) the entity is mentioned on. */
  pages?: number[];
  /** How the page writes it (its first mention: "UN GGE"); absent from older reports. */
  form?: string;
}

/** Which way to move through an entity's mentions on a page. */
export type Direction = 'next' | 'previous';

/** Why the side panel is opened for an entity: to read about it, or to write a note on it. */
export type SidePanelIntent = 'view' | 'add-note';

/** From content scripts and extension pages to the background. */
export type Request =
  | { type: 'get-recognizer' }
  | { type: 'get-entity'; entityId: string }
  /** The highlighted entities of the sender's frame, replacing what it reported before. */
  | { type: 'page-mentions'; url: string; entities: PageEntityCount[] }
  | { type: 'open-side-panel'; entityId?: string; intent?: SidePanelIntent }
  | { type: 'count-notes'; entityId: string }
  /** Opens the source reader at an excerpt's place, in a tab beside the sender's. */
  | { type: 'open-source'; place: SourcePlace }
  /** Sent by a notes page as it hides or unloads, so what was just typed reaches the server. */
  | { type: 'sync-notes' }
  /** Sent by an extension page whose team glossary changed: the background compiles it again. */
  | { type: 'team-glossary-changed' }
  /** Injects the card host (the lazily loaded card UI) into the sender's frame. */
  | { type: 'load-card-host' }
  /** Inserts the `::highlight()` rules for the sender frame's highlight names into that frame. */
  | { type: 'style-highlights'; names: Record<HighlightKey, string> }
  /**
   * The passages of the sender's page that carry team notes (`canonical`: the page's
   * `<link rel=canonical>` address). Asked only once the reader wants the marks.
   */
  | { type: 'page-note-passages'; url: string; canonical: string | null };

export interface ResponseMap {
  'get-recognizer': RecognizerPayload;
  /** The entity with the names of related entities; null when the corpus has no such id. */
  'get-entity': EntityDetails | null;
  'page-mentions': void;
  'open-side-panel': void;
  /** Null when notes are not available here (no team space joined). Never note text. */
  'count-notes': number | null;
  'open-source': void;
  'sync-notes': void;
  'team-glossary-changed': void;
  'load-card-host': void;
  'style-highlights': void;
  /** Null when notes are not available here (no team space joined). Never note text. */
  'page-note-passages': NotePassage[] | null;
}

export type RequestOf<T extends Request['type']> = Extract<Request, { type: T }>;
export type TabRequestOf<T extends TabRequest['type']> = Extract<TabRequest, { type: T }>;

/** Sent to a tab's content script (top frame) by the side panel or background. */
export type TabRequest =
  /** Scrolls to the entity's next (or previous) mention after the last one revealed, and flashes it. */
  | { type: 'reveal-mention'; entityId: string; direction: Direction }
  /** The passage selected in the page, for a page note to quote. Never carries note text. */
  | { type: 'get-selection' }
  /** Shows the team notes' marks in the page (the reader asked in the side panel). */
  | { type: 'show-note-marks' }
  /** The page's notes changed: a page showing their marks asks for its passages again. */
  | { type: 'note-passages-changed' };

export interface TabResponseMap {
  /** False when the page has no highlighted mention of the entity. */
  'reveal-mention': boolean;
  /** Null when nothing is selected. Checked by the receiver with `readPageSelection`. */
  'get-selection': PageSelection | null;
  /** Checked by the receiver with `readMarksShown`; null without a team space or before the page is on. */
  'show-note-marks': MarksShown | null;
  'note-passages-changed': void;
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

const isIntent = (v: unknown): v is SidePanelIntent => v === 'view' || v === 'add-note';
const isDirection = (v: unknown): v is Direction => v === 'next' || v === 'previous';
const isPageList = (v: unknown): v is number[] => Array.isArray(v) && v.every((p) => Number.isInteger(p) && (p as number) > 0);
const isForm = (v: unknown): v is string => isString(v) && v.length <= 200;
/** A well-formed entity count, as a frame reports it and as the background stores it. */
export const isEntityCount = (e: unknown): e is PageEntityCount =>
  isRecord(e) &&
  isString(e.id) &&
  Number.isInteger(e.count) &&
  (e.count as number) > 0 &&
  isOptional(e.pages, isPageList) &&
  isOptional(e.form, isForm);

type Validators<R extends { type: string }> = { [T in R['type']]: (m: Record<string, unknown>) => boolean };

const REQUESTS: Validators<Request> = {
  'get-recognizer': () => true,
  'get-entity': (m) => isString(m.entityId),
  'page-mentions': (m) => isString(m.url) && Array.isArray(m.entities) && m.entities.every(isEntityCount),
  'open-side-panel': (m) => isOptional(m.entityId, isString) && isOptional(m.intent, isIntent),
  'count-notes': (m) => isString(m.entityId),
  'open-source': (m) => isSourcePlace(m.place),
  'sync-notes': () => true,
  'team-glossary-changed': () => true,
  'load-card-host': () => true,
  'style-highlights': (m) => isHighlightNames(m.names),
  'page-note-passages': (m) => isString(m.url) && (m.canonical === null || isString(m.canonical)),
};

const TAB_REQUESTS: Validators<TabRequest> = {
  'reveal-mention': (m) => isString(m.entityId) && isDirection(m.direction),
  'get-selection': () => true,
  'show-note-marks': () => true,
  'note-passages-changed': () => true,
};

function matches<R extends { type: string }>(validators: Validators<R>, value: unknown): value is R {
  return isRecord(value) && isString(value.type) && Object.hasOwn(validators, value.type) && validators[value.type as R['type']](value);
}

export const isRequest = (value: unknown): value is Request => matches(REQUESTS, value);
export const isTabRequest = (value: unknown): value is TabRequest => matches(TAB_REQUESTS, value);
