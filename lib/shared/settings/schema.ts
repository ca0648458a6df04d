/**
 * What the user can change about Attaché, declared once. Stored in the extension's storage
 * area under SETTINGS_KEY; every context reads it through `parseSettings`, so a value written
 * by another release (or edited by hand) can never put a context in an undefined state.
 */
import { ENTITY_TYPES, type EntityType } from '../corpus-format/corpus-schema';
import { describeValue, isRecord } from '../shape-check';

export const SETTINGS_KEY = 'settings';

export type MentionMode = 'all' | 'first';

export interface Settings {
  /** Off everywhere when false. */
  enabled: boolean;
  /** Sites (see `siteOf`) where Attaché does nothing. */
  disabledSites: string[];
  /** Entity types that get highlighted. */
  highlightTypes: EntityType[];
  /** `all`: every mention is highlighted; `first`: only the first found of each entity on a page. */
  mentions: MentionMode;
  /** Whether code and preformatted text (code, pre, kbd, samp) are scanned. */
  scanCode: boolean;
  /** Per site, entity ids not highlighted there ("don't highlight this term on this site"). */
  hiddenEntities: Record<string, string[]>;
  /** Whether tabs opening an address that ends in .pdf are sent to Attaché's PDF viewer. */
  openPdfs: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  disabledSites: [],
  highlightTypes: [...ENTITY_TYPES],
  mentions: 'all',
  scanCode: false,
  hiddenEntities: {},
  openPdfs: false,
});

export interface ParsedSettings {
  settings: Settings;
  /** One line per field that was present but unusable and so fell back to its default. */
  problems: string[];
}

const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

/**
 * Reads a stored value field by field. Missing fields take their default silently (older
 * releases knew fewer settings); fields of the wrong shape take their default and are reported.
 */
export function parseSettings(value: unknown): ParsedSettings {
  const problems: string[] = [];
  const settings: Settings = { ...DEFAULT_SETTINGS, highlightTypes: [...DEFAULT_SETTINGS.highlightTypes] };
  if (value === undefined) return { settings, problems };
  if (!isRecord(value)) {
    return { settings, problems: [`${SETTINGS_KEY}: expected an object, found ${describeValue(value)}`] };
  }
  const o = value as Record<string, unknown>;
  const bad = (field: string, expected: string, found: unknown = o[field]) =>
    problems.push(`${SETTINGS_KEY}.${field}: expected ${expected}, found ${describeValue(found)}`);

  if (o.enabled !== undefined) {
    if (typeof o.enabled === 'boolean') settings.enabled = o.enabled;
    else bad('enabled', 'a boolean');
  }
  if (o.disabledSites !== undefined) {
    if (isStringList(o.disabledSites)) settings.disabledSites = [...new Set(o.disabledSites)];
    else bad('disabledSites', 'a list of site names');
  }
  if (o.highlightTypes !== undefined) {
    if (isStringList(o.highlightTypes)) {
      const listed = o.highlightTypes;
      settings.highlightTypes = ENTITY_TYPES.filter((t) => listed.includes(t));
      // A type a newer release introduced is dropped, not fatal: the others still apply.
      for (const t of listed) if (!ENTITY_TYPES.includes(t as EntityType)) bad('highlightTypes', `one of ${ENTITY_TYPES.join(', ')}`, t);
    } else bad('highlightTypes', `a list of ${ENTITY_TYPES.join(', ')}`);
  }
  if (o.mentions !== undefined) {
    if (o.mentions === 'all' || o.mentions === 'first') settings.mentions = o.mentions;
    else bad('mentions', '"all" or "first"');
  }
  if (o.scanCode !== undefined) {
    if (typeof o.scanCode === 'boolean') settings.scanCode = o.scanCode;
    else bad('scanCode', 'a boolean');
  }
  if (o.openPdfs !== undefined) {
    if (typeof o.openPdfs === 'boolean') settings.openPdfs = o.openPdfs;
    else bad('openPdfs', 'a boolean');
  }
  if (o.hiddenEntities !== undefined) {
    const h = o.hiddenEntities;
    if (isRecord(h) && Object.values(h).every(isStringList)) {
      settings.hiddenEntities = Object.fromEntries(
        Object.entries(h as Record<string, string[]>).map(([site, ids]) => [site, [...new Set(ids)]]),
      );
    } else bad('hiddenEntities', 'an object mapping sites to lists of entity ids');
  }
  return { settings, problems };
}
