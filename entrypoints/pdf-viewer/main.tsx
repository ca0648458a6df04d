import { render } from 'preact';
import type { PublicPath } from 'wxt/browser';
import { CARD_CSS } from '../../lib/shared/card';
import { browserClock } from '../../lib/shared/slicer';
import { tabRequestListener, type AskBackground } from '../../lib/shared/message-channel';
import { readPdfParameter } from '../../lib/shared/pdf-address';
import { createSettingsStore, DEFAULT_SETTINGS, type Settings } from '../../lib/shared/settings';
import { PdfViewer, ViewerCard, viewerHighlightStyles, type OpenCard } from '../../lib/app/pdf-viewer';
import { TYPE_COLOURS_CSS } from '../../lib/shared/type-colours-css';
import '../../lib/app/pdf-viewer/viewer.css';

const askBackground: AskBackground = (request) => browser.runtime.sendMessage(request);

// Long tasks from the very start, for `npm run bench pdf-viewer`.
const longTasks: { start: number; duration: number }[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
}).observe({ type: 'longtask', buffered: true });

const style = document.createElement('style');
style.textContent = `${CARD_CSS}\n${TYPE_COLOURS_CSS}\n${viewerHighlightStyles()}`;
document.head.append(style);

const byId = (id: string) => document.getElementById(id)!;
const status = byId('pv-status');
const pages = byId('pv-pages');
const cardRoot = byId('pv-card-root');
const announcer = byId('pv-announcer');

// Copied into the build by wxt.config.ts (lib/build/pdfjs-assets.ts), so unknown to PublicPath.
const asset = (path: string) => browser.runtime.getURL(path as PublicPath);
const settingsStore = createSettingsStore(browser.storage.local);
let settings: Settings = DEFAULT_SETTINGS;
let highlightTypes = new Set(settings.highlightTypes);

const parameter = readPdfParameter(location.search);
if (!parameter.ok) {
  pages.replaceChildren(Object.assign(document.createElement('p'), { className: 'pv-problem', textContent: parameter.problem }));
} else {
  void start(parameter.url);
}

async function start(url: string) {
  const name = decodeURIComponent(new URL(url).pathname.split('/').pop() || url);
  byId('pv-title').textContent = name;
  document.title = `${name} · Attaché`;
  const original = byId('pv-original') as HTMLAnchorElement;
  original.href = url;
  original.hidden = false;

  settings = await settingsStore.load();
  highlightTypes = new Set(settings.highlightTypes);

  let card: OpenCard | undefined;
  const viewer: PdfViewer = new PdfViewer(
    pages,
    {
      assets: {
        worker: asset('/pdfjs/pdf.worker.min.mjs'),
        standardFonts: asset('/pdfjs/standard_fonts/'),
        cMaps: asset('/pdfjs/cmaps/'),
        wasm: asset('/pdfjs/wasm/'),
        iccs: asset('/pdfjs/iccs/'),
      },
      clock: browserClock(window),
      recognizer: () => askBackground({ type: 'get-recognizer' }),
      // Bundled by Vite as a module worker of the extension (no remote code).
      recognizerWorker: () => new Worker(new URL('../../lib/app/pdf-viewer/recognizer-worker.ts', import.meta.url), { type: 'module' }),
      entity: (entityId) => askBackground({ type: 'get-entity', entityId }),
      countNotes: (entityId) => askBackground({ type: 'count-notes', entityId }),
      openSidePanel: (entityId, intent) => void askBackground({ type: 'open-side-panel', entityId, intent }),
      report: (entities) => void askBackground({ type: 'page-mentions', url: location.href, entities }).catch(() => undefined),
      highlightTypes: () => highlightTypes,
    },
    {
      status: (text) => (status.textContent = text),
      announce: (text) => (announcer.textContent = text),
      showCard(next) {
        card = next;
        render(
          card ? (
            <ViewerCard
              {...card}
              onOpenEntity={(id) => void viewer.openRelated(id, card!.anchor)}
              onOpenSidePanel={(id) => viewer.openSidePanel(id, 'view')}
              onAddNote={(id) => viewer.openSidePanel(id, 'add-note')}
              onPointerInside={(inside) => viewer.pointerInsideCard(inside)}
            />
          ) : null,
          cardRoot,
        );
      },
    },
  );
  settingsStore.subscribe((next) => {
    settings = next;
    highlightTypes = new Set(next.highlightTypes);
    viewer.repaint();
  });
  // The side panel's "show the next mention" comes as a tab request, as to a content script.
  browser.runtime.onMessage.addListener(
    tabRequestListener({
      'reveal-mention': (request) => viewer.reveal(request.entityId, request.direction),
      'get-selection': () => null,
      // Notes are not yet anchored in PDFs: the viewer has no passages to mark.
      'show-note-marks': () => null,
      'note-passages-changed': () => undefined,
    }),
  );
  // For the end-to-end tests and `npm run bench pdf-viewer`.
  Object.assign(window, { attachePdfViewer: { milestones: viewer.milestones, longTasks } });
  try {
    await viewer.open(url);
  } catch (error) {
    console.error('Attaché: PDF not opened:', error);
    status.textContent = '';
    pages.replaceChildren(
      Object.assign(document.createElement('p'), {
        className: 'pv-problem',
        textContent: `This PDF could not be opened: ${error instanceof Error ? error.message : String(error)}. ${
          url.startsWith('file:') ? 'For files on this computer, allow Attaché access to file URLs (see the README).' : ''
        }`,
      }),
    );
  }
}
