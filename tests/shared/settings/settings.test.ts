import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES } from '../../../lib/shared/corpus-format/corpus-schema';
import {
  createSettingsStore,
  DEFAULT_SETTINGS,
  pageSettings,
  parseSettings,
  setEntityHidden,
  setSiteEnabled,
  siteOf,
  type Settings,
} from '../../../lib/shared/settings';
import { memoryStorage } from '../../../harness/memory-storage';

describe('parseSettings', () => {
  it('gives the defaults when nothing is stored', () => {
    expect(parseSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('keeps valid fields and fills missing ones with defaults', () => {
    const { settings, problems } = parseSettings({ mentions: 'first', disabledSites: ['example.org'] });
    expect(problems).toEqual([]);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, mentions: 'first', disabledSites: ['example.org'] });
  });

  it('replaces fields of the wrong shape by their default and names them', () => {
    const { settings, problems } = parseSettings({ enabled: 'yes', mentions: 'some', hiddenEntities: { a: 'x' } });
    expect(settings.enabled).toBe(true);
    expect(settings.mentions).toBe('all');
    expect(settings.hiddenEntities).toEqual({});
    expect(problems).toEqual([
      'settings.enabled: expected a boolean, found "yes"',
      'settings.mentions: expected "all" or "first", found "some"',
      'settings.hiddenEntities: expected an object mapping sites to lists of entity ids, found an object',
    ]);
  });

  it('drops entity types it does not know and keeps the others in canonical order', () => {
    const { settings, problems } = parseSettings({ highlightTypes: ['person', 'planet', 'organization'] });
    expect(settings.highlightTypes).toEqual(['organization', 'person']);
    expect(problems).toEqual([`settings.highlightTypes: expected one of ${ENTITY_TYPES.join(', ')}, found "planet"`]);
  });

  it('rejects a stored value that is not an object', () => {
    expect(parseSettings([1]).problems).toEqual(['settings: expected an object, found an array']);
  });
});

describe('siteOf', () => {
  it('is the host name without www, lower-cased', () => {
    expect(siteOf('https://WWW.Example.org/a?b')).toBe('example.org');
    expect(siteOf('http://news.example.org:8080/')).toBe('news.example.org');
    expect(siteOf('not a url')).toBe('');
  });
});

describe('edits and the page view', () => {
  const base: Settings = { ...DEFAULT_SETTINGS };

  it('turns a site off and on again', () => {
    const off = setSiteEnabled(base, 'example.org', false);
    expect(pageSettings(off, 'example.org').active).toBe(false);
    expect(pageSettings(off, 'other.org').active).toBe(true);
    expect(pageSettings(setSiteEnabled(off, 'example.org', true), 'example.org').active).toBe(true);
  });

  it('is inactive everywhere when switched off globally', () => {
    expect(pageSettings({ ...base, enabled: false }, 'other.org').active).toBe(false);
  });

  it('hides an entity on one site only, and forgets empty sites', () => {
    const hidden = setEntityHidden(base, 'example.org', 'un-gge', true);
    expect([...pageSettings(hidden, 'example.org').hiddenEntities]).toEqual(['un-gge']);
    expect(pageSettings(hidden, 'other.org').hiddenEntities.size).toBe(0);
    expect(setEntityHidden(hidden, 'example.org', 'un-gge', false).hiddenEntities).toEqual({});
    expect(base.hiddenEntities).toEqual({});
  });
});

describe('the settings store', () => {
  it('stores updates and tells subscribers in other contexts', async () => {
    const storage = memoryStorage();
    const writer = createSettingsStore(storage);
    const reader = createSettingsStore(storage);
    const seen: Settings[] = [];
    const stop = reader.subscribe((s) => seen.push(s));
    await writer.update((s) => setSiteEnabled(s, 'example.org', false));
    await writer.update((s) => ({ ...s, mentions: 'first' }));
    stop();
    await writer.update((s) => ({ ...s, scanCode: true }));
    expect(seen.map((s) => [s.disabledSites, s.mentions])).toEqual([
      [['example.org'], 'all'],
      [['example.org'], 'first'],
    ]);
    expect((await reader.load()).scanCode).toBe(true);
  });

  it('loses no update when several are made at once', async () => {
    const store = createSettingsStore(memoryStorage());
    await Promise.all(['a.org', 'b.org', 'c.org'].map((site) => store.update((s) => setSiteEnabled(s, site, false))));
    expect((await store.load()).disabledSites).toEqual(['a.org', 'b.org', 'c.org']);
  });

  it('reports unusable stored fields and loads the rest', async () => {
    const problems: string[] = [];
    const store = createSettingsStore(memoryStorage({ settings: { enabled: 0, scanCode: true } }), (p) => problems.push(p));
    const settings = await store.load();
    expect(settings.scanCode).toBe(true);
    expect(problems).toEqual(['settings.enabled: expected a boolean, found number 0']);
  });

  it('opens PDFs in the viewer only when asked to', async () => {
    expect((await createSettingsStore(memoryStorage()).load()).openPdfs).toBe(false);
    expect((await createSettingsStore(memoryStorage({ settings: { openPdfs: true } })).load()).openPdfs).toBe(true);
    const problems: string[] = [];
    const store = createSettingsStore(memoryStorage({ settings: { openPdfs: 'yes' } }), (p) => problems.push(p));
    expect((await store.load()).openPdfs).toBe(false);
    expect(problems).toEqual(['settings.openPdfs: expected a boolean, found "yes"']);
  });
});
