/** User settings: schema and defaults, the per-page view, pure edits, and the storage binding. */
export { DEFAULT_SETTINGS, SETTINGS_KEY, parseSettings, type MentionMode, type ParsedSettings, type Settings } from './schema';
export { siteOf } from './site';
export { pageSettings, type PageSettings } from './page-settings';
export { setEntityHidden, setSiteEnabled } from './edits';
export { createSettingsStore, type SettingsStore } from './store';
