import { useEffect, useState } from 'preact/hooks';
import type { Settings, SettingsStore } from '../../shared/settings';
import { TypeLegend } from '../type-legend';
import { OptionsForm } from './OptionsForm';

export interface OptionsAppProps {
  store: SettingsStore;
  /** Names of the given entity ids (those not in the corpus are left out). */
  loadNames(ids: string[]): Promise<ReadonlyMap<string, string>>;
}

/** The options page: the stored settings, kept current while other contexts change them. */
export function OptionsApp({ store, loadNames }: OptionsAppProps) {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    store.load().then(setSettings, (error: unknown) => console.error('Attaché: settings not read:', error));
    // A card's "don't highlight" or another options tab changes them too.
    return store.subscribe(setSettings);
  }, [store]);
  const hiddenIds = settings ? [...new Set(Object.values(settings.hiddenEntities).flat())].sort() : [];
  const key = hiddenIds.join(' ');
  useEffect(() => {
    if (hiddenIds.length > 0) loadNames(hiddenIds).then(setNames, () => undefined);
  }, [key]);

  if (!settings) return <p class="op-status">Loading…</p>;
  return (
    <main class="op-page">
      <h1>Attaché settings</h1>
      <OptionsForm
        settings={settings}
        names={names}
        onChange={(next) => {
          setSettings(next);
          store.update(() => next).catch((error: unknown) => console.error('Attaché: settings not saved:', error));
        }}
      />
      <TypeLegend />
      <p class="op-help">
        Alt+Shift+N and Alt+Shift+P move to the next and previous highlighted term on a page and open its card.
      </p>
    </main>
  );
}
