/**
 * The settings form: every change is applied at once through `onChange` (there is no Save
 * button), and pages already open follow it without a reload. Extension-free: the options
 * page passes the settings in and stores what comes out.
 */
import { useState } from 'preact/hooks';
import { ENTITY_TYPES, type EntityType } from '../../shared/corpus-format/corpus-schema';
import { setEntityHidden, setSiteEnabled, siteOf, type Settings } from '../../shared/settings';
import { entityTypeLabel } from '../../shared/card/entity-type-label';

export interface OptionsFormProps {
  settings: Settings;
  onChange(next: Settings): void;
  /** Display names of entity ids, for the hidden-terms list; ids show as they are until known. */
  names: ReadonlyMap<string, string>;
}

export function OptionsForm({ settings, onChange, names }: OptionsFormProps) {
  const toggleType = (type: EntityType, on: boolean) =>
    onChange({
      ...settings,
      highlightTypes: ENTITY_TYPES.filter((t) => (t === type ? on : settings.highlightTypes.includes(t))),
    });
  const hiddenSites = Object.keys(settings.hiddenEntities).sort();

  return (
    <form class="op-form" onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>On web pages</legend>
        <label>
          <input type="checkbox" checked={settings.enabled} onChange={(e) => onChange({ ...settings, enabled: e.currentTarget.checked })} />
          Highlight cyber-diplomacy terms on the pages I read
        </label>
        <label>
          <input type="checkbox" checked={settings.scanCode} onChange={(e) => onChange({ ...settings, scanCode: e.currentTarget.checked })} />
          Also highlight terms in code and preformatted text (such as plain text blocks)
        </label>
        <label>
          <input type="checkbox" checked={settings.openPdfs} onChange={(e) => onChange({ ...settings, openPdfs: e.currentTarget.checked })} />
          Open every PDF in Attaché’s viewer (addresses ending in .pdf)
        </label>
      </fieldset>

      <fieldset>
        <legend>Kinds of terms to highlight</legend>
        {ENTITY_TYPES.map((type) => (
          <label key={type}>
            <input type="checkbox" checked={settings.highlightTypes.includes(type)} onChange={(e) => toggleType(type, e.currentTarget.checked)} />
            {entityTypeLabel(type)}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>Mentions</legend>
        <label>
          <input type="radio" name="mentions" checked={settings.mentions === 'all'} onChange={() => onChange({ ...settings, mentions: 'all' })} />
          Highlight every mention
        </label>
        <label>
          <input type="radio" name="mentions" checked={settings.mentions === 'first'} onChange={() => onChange({ ...settings, mentions: 'first' })} />
          Highlight only the first mention of each term on a page
        </label>
      </fieldset>

      <fieldset>
        <legend>Sites where Attaché is off</legend>
        {settings.disabledSites.length === 0 ? <p class="op-empty">None.</p> : null}
        <ul>
          {settings.disabledSites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button type="button" onClick={() => onChange(setSiteEnabled(settings, site, true))}>
                Turn on again
              </button>
            </li>
          ))}
        </ul>
        <AddSite onAdd={(site) => onChange(setSiteEnabled(settings, site, false))} />
      </fieldset>

      <fieldset>
        <legend>Terms not highlighted on a site</legend>
        {hiddenSites.length === 0 ? <p class="op-empty">None. A card's "Don't highlight on this site" adds one here.</p> : null}
        {hiddenSites.map((site) => (
          <div key={site} class="op-site">
            <h3>{site}</h3>
            <ul>
              {(settings.hiddenEntities[site] ?? []).map((id) => (
                <li key={id}>
                  <span>{names.get(id) ?? id}</span>
                  <button type="button" onClick={() => onChange(setEntityHidden(settings, site, id, false))}>
                    Highlight again
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </fieldset>
    </form>
  );
}

/** Accepts a host name or an address and keeps its site; says what is wrong otherwise. */
function AddSite({ onAdd }: { onAdd(site: string): void }) {
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | undefined>();
  const add = () => {
    const text = value.trim();
    const site = siteOf(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
    if (!text || !site || (!site.includes('.') && site !== 'localhost')) {
      setError(`"${text}" is not a site name such as example.org`);
      return;
    }
    setError(undefined);
    setValue('');
    onAdd(site);
  };
  return (
    <div class="op-add">
      <label>
        Turn off on
        <input
          type="text"
          placeholder="example.org"
          value={value}
          aria-invalid={error ? 'true' : undefined}
          onInput={(e) => setValue(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
      </label>
      <button type="button" onClick={add}>
        Turn off
      </button>
      {error ? <p role="alert" class="op-error">{error}</p> : null}
    </div>
  );
}
