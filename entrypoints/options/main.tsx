import { render } from 'preact';
import { getEntities, openCorpusDb } from '../../lib/corpus-db';
import { createSettingsStore } from '../../lib/settings';
import { OptionsApp } from '../../lib/ui/options';
import './options.css';

const db = openCorpusDb();

render(
  <OptionsApp
    store={createSettingsStore(browser.storage.local)}
    loadNames={async (ids) => new Map((await getEntities(db, ids)).map((e) => [e.id, e.name]))}
  />,
  document.getElementById('app')!,
);
