/**
 * What the side panel should show when something else opens it: the popup, the context menu,
 * or a card's "open in side panel". The opener writes it to `storage.session` under
 * PANEL_TARGET_KEY and opens the panel; the panel reads it on load and follows later changes.
 * Storage rather than a message because a panel that is still loading would miss a message.
 */
import { isRecord, isString } from './shape-check';

export type PanelTarget =
  | { kind: 'entity'; entityId: string; intent?: 'view' | 'add-note' }
  | { kind: 'search'; query: string }
  /**
   * The team glossary; `fromSelection`: start an entry from the passage selected in the page;
   * `name`: start a new entry with this name (a search that found nothing).
   */
  | { kind: 'team-glossary'; fromSelection?: boolean; name?: string };

export const PANEL_TARGET_KEY = 'sidePanelTarget';

export interface StoredPanelTarget {
  target: PanelTarget;
  /** When it was asked for: asking for the same target twice still changes the stored value. */
  at: number;
}

/**
 * How long a stored target still applies to a panel that opens: an opener writes it as it opens
 * the panel, so an older one was meant for a panel opened long ago, not for this one.
 */
export const PANEL_TARGET_FRESH_MS = 30_000;

export function isFreshTarget(stored: StoredPanelTarget, now = Date.now()): boolean {
  return now - stored.at <= PANEL_TARGET_FRESH_MS;
}

export function storedPanelTarget(target: PanelTarget, at = Date.now()): StoredPanelTarget {
  return { target, at };
}

/** The stored value if it has the shape of a StoredPanelTarget, else undefined. */
export function parsePanelTarget(value: unknown): StoredPanelTarget | undefined {
  if (!isRecord(value)) return undefined;
  const { target: t, at } = value;
  if (typeof at !== 'number' || !isRecord(t)) return undefined;
  if (t.kind === 'entity' && isString(t.entityId) && (t.intent === undefined || t.intent === 'view' || t.intent === 'add-note')) {
    return { target: { kind: 'entity', entityId: t.entityId, ...(t.intent ? { intent: t.intent } : {}) }, at };
  }
  if (t.kind === 'search' && isString(t.query)) return { target: { kind: 'search', query: t.query }, at };
  if (t.kind === 'team-glossary' && (t.fromSelection === undefined || typeof t.fromSelection === 'boolean') && (t.name === undefined || isString(t.name))) {
    const name = isString(t.name) && t.name.trim() ? { name: t.name.trim().slice(0, 200) } : {};
    return { target: { kind: 'team-glossary', ...(t.fromSelection ? { fromSelection: true } : {}), ...name }, at };
  }
  return undefined;
}
