/**
 * "Look up in Attaché", the context-menu item on selected text: what the side panel should
 * open for a click on it. Pure, so it is tested without a browser; the background wires it.
 */
import { resolveSelection, type EntitySearch } from '../corpus/search';
import type { PanelTarget } from '../shared/side-panel-target';

export const LOOK_UP_MENU_ID = 'attache-look-up';
export const LOOK_UP_MENU_TITLE = 'Look up in Attaché';

/** The part of the browser's OnClickData this reads. */
export interface LookUpClick {
  menuItemId: string | number;
  selectionText?: string;
}

/** The entity the selection names, else a search for it; null for other items or no text. */
export function lookUpTarget(search: EntitySearch, click: LookUpClick): PanelTarget | null {
  if (click.menuItemId !== LOOK_UP_MENU_ID || !click.selectionText) return null;
  const target = resolveSelection(search, click.selectionText);
  if (!target) return null;
  return 'entityId' in target ? { kind: 'entity', entityId: target.entityId } : { kind: 'search', query: target.query };
}
