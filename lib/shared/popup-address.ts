/**
 * The popup's address when something opens it on one entity: Firefox's in-page card, which
 * cannot open the sidebar itself (see lib/browser-differences.ts), opens the popup on the
 * entity instead, whose own *Open in side panel* can. The query is read back through
 * `readPopupEntity`, which accepts only an entity id.
 */
import { ID_PATTERN } from './corpus-format/corpus-schema';

export function popupEntityQuery(entityId: string): string {
  return `?${new URLSearchParams({ entity: entityId }).toString()}`;
}

/** The entity the popup should open on, if its address names a well-formed one. */
export function readPopupEntity(search: string): string | undefined {
  const entityId = new URLSearchParams(search).get('entity');
  return entityId !== null && ID_PATTERN.test(entityId) ? entityId : undefined;
}
