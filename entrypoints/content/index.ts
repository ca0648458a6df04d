/**
 * The always-loaded content script: small on purpose. It wires lib/in-page (recognition and
 * highlighting) and lib/card-trigger (pointer → card) to the extension: settings from
 * storage, the matcher and the badge through the background, the card UI injected only when
 * a card first opens.
 */
import './style.css';
import { lazyCardHost, watchPointer, type MentionHit } from '../../lib/card-trigger';
import { browserClock, createAnnouncer, InPageController, showSlowPageNotice, watchShortcuts } from '../../lib/in-page';
import type { MatcherPayload } from '../../lib/messages';
import { createSettingsStore, DEFAULT_SETTINGS, pageSettings, setSiteEnabled, siteOf, type PageSettings } from '../../lib/settings';
import { answerSelectionRequests } from './answer-selection';
import { askBackground } from './ask-background';
import { answerTabRequests } from './tab-requests';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    // Not an HTML page (an image, a feed shown as XML), or a browser without highlights.
    if (!document.body || !(document.documentElement instanceof HTMLHtmlElement) || !globalThis.CSS?.highlights) return;
    // The side panel asks the top frame for the selection a new page note quotes.
    if (window === window.top) answerSelectionRequests(document);
    const whenIdle = (run: () => void) =>
      typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 2000 }) : setTimeout(run, 200);
    whenIdle(() => start(ctx));
  },
});

function start(ctx: { onInvalidated(callback: () => void): unknown }): void {
  performance.mark('attache:start');
  const site = siteOf(location.href);
  const settings = createSettingsStore(browser.storage.local);
  const controller = new InPageController({
    doc: document,
    highlights: { registry: CSS.highlights, createHighlight: () => new Highlight() },
    viewport: window,
    clock: browserClock(window),
    timers: { setTimeout: (f, ms) => setTimeout(f, ms), clearTimeout: (h) => clearTimeout(h as number), now: () => performance.now() },
    makeRange: (bounds) => new StaticRange(bounds),
    async loadMatcher() {
      const answer = await askBackground({ type: 'get-matcher' });
      if (!answer || !('compiled' in answer)) throw new Error('the background sent no matcher');
      return answer as MatcherPayload;
    },
    reportMentions: (entities) => void askBackground({ type: 'page-mentions', url: location.href, entities }).catch(() => undefined),
    stage: (name) => performance.mark(`attache:${name}`),
    firstScanDone: () => performance.mark('attache:highlighted'),
    announce: createAnnouncer(document),
    tooSlow: () => {
      showSlowPageNotice(document, site, () => void settings.update((s) => setSiteEnabled(s, site, false)));
    },
  });
  const cards = lazyCardHost(() => askBackground({ type: 'load-card-host' }));
  const openCard: OpenCard = (hit, trigger) =>
    void cards.openCard(hit, trigger).catch((error: unknown) => console.error('Attaché: card not opened:', error));
  let stopInput: (() => void) | undefined;

  // Pointer and keyboard are watched only while the page is on: an off page costs nothing.
  const apply = (page: PageSettings) => {
    controller.apply(page);
    if (page.active) {
      stopInput ??= listen(controller, openCard);
    } else {
      stopInput?.();
      stopInput = undefined;
      cards.closeCard();
    }
  };
  const off = pageSettings({ ...DEFAULT_SETTINGS, enabled: false }, site);

  // The side panel talks to the top frame only, so that one frame answers.
  if (window === window.top) answerTabRequests(controller);

  settings.load().then((s) => apply(pageSettings(s, site)), (error: unknown) => console.error('Attaché: settings not read:', error));
  const unsubscribe = settings.subscribe((s) => apply(pageSettings(s, site)));
  // The extension was reloaded or removed: leave the page as it was.
  ctx.onInvalidated(() => {
    unsubscribe();
    apply(off);
  });
}

type OpenCard = (hit: MentionHit, trigger: 'hover' | 'click' | 'keyboard') => void;

/** Cards from the pointer (hover, click) and the shortcuts that walk through the mentions. */
function listen(controller: InPageController, openCard: OpenCard): () => void {
  const stopPointer = watchPointer({ doc: document, index: controller.store, open: openCard });
  const stopKeys = watchShortcuts(document, (direction) => {
    const reached = controller.navigate(direction, 'focus');
    if (reached) openCard(reached, 'keyboard');
  });
  return () => {
    stopPointer();
    stopKeys();
  };
}
