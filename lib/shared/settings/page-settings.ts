import type { EntityType } from '../corpus-format/corpus-schema';
import type { Settings } from './schema';

/** The settings as they apply to one page: what the content script consults. */
export interface PageSettings {
  /** False when Attaché is off everywhere or on this site. */
  active: boolean;
  highlightTypes: ReadonlySet<EntityType>;
  firstOnly: boolean;
  scanCode: boolean;
  /** Entity ids the user asked not to highlight on this site. */
  hiddenEntities: ReadonlySet<string>;
}

export function pageSettings(settings: Settings, site: string): PageSettings {
  return {
    active: settings.enabled && !settings.disabledSites.includes(site),
    highlightTypes: new Set(settings.highlightTypes),
    firstOnly: settings.mentions === 'first',
    scanCode: settings.scanCode,
    hiddenEntities: new Set(settings.hiddenEntities[site] ?? []),
  };
}
