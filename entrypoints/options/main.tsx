import { render } from 'preact';
import { getEntities, openCorpusDb } from '../../lib/corpus/db';
import type { AskBackground } from '../../lib/shared/message-channel';
import { syncWhenPageHides } from '../../lib/notes';
import { createSettingsStore } from '../../lib/shared/settings';
import { OptionsApp } from '../../lib/app/options';
import { TeamSpaceSection } from '../../lib/app/team-space';
import { NotesTransfer } from '../../lib/app/team-space/NotesTransfer';
import '../../lib/app/team-space/team-space.css';
import './options.css';
import { download, teamSpaceServices } from './team-space-services';

const db = openCorpusDb();

// What this page changes (an import) reaches the server even if it closes before sending it.
const askBackground: AskBackground = (request) => browser.runtime.sendMessage(request);
syncWhenPageHides(window, () => askBackground({ type: 'sync-notes' }));

render(
  <>
    <OptionsApp
      store={createSettingsStore(browser.storage.local)}
      loadNames={async (ids) => new Map((await getEntities(db, ids)).map((e) => [e.id, e.name]))}
    />
    <div class="op-page">
      <TeamSpaceSection services={teamSpaceServices} renderTransfer={(space) => <NotesTransfer space={space} download={download} />} />
    </div>
  </>,
  document.getElementById('app')!,
);
