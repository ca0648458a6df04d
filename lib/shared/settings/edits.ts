/**
 * The changes the user makes from the options page, the popup and the card, as pure functions
 * of the settings: each returns a new value and leaves its argument alone.
 */
import type { Settings } from './schema';

export function setSiteEnabled(settings: Settings, site: string, enabled: boolean): Settings {
  const others = settings.disabledSites.filter((s) => s !== site);
  return { ...settings, disabledSites: enabled ? others : [...others, site] };
}

export function setEntityHidden(settings: Settings, site: string, entityId: string, hidden: boolean): Settings {
  const current = settings.hiddenEntities[site] ?? [];
  const next = current.filter((id) => id !== entityId);
  if (hidden) next.push(entityId);
  const hiddenEntities = { ...settings.hiddenEntities, [site]: next };
  // An emptied site leaves no key behind, so the options page lists only sites with entries.
  if (next.length === 0) delete hiddenEntities[site];
  return { ...settings, hiddenEntities };
}
