/**
 * The always-loaded content script: small on purpose. It wires lib/in-page (recognition and
 * highlighting) and lib/card-trigger (pointer → card) to the extension: settings from
 * storage, the matcher and the badge through the background, the card UI injected only when
 * a card first opens.
 */
import './style.css';
import { lazyCardHost, watchPointer } from '../../lib/card-trigger';
import { browserClock, InPageController, showSlowPageNotice } from '../../lib/in-page';
import type { MatcherPayload } from '../../lib/messages';
import { createSettingsStore, DEFAULT_SETTINGS, pageSettings, setSiteEnabled, siteOf, type PageSettings } from '../../lib/settings';
import { askBackground } from './ask-background';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    // Not an HTML page (an image, a feed shown as XML), or a browser without highlights.
    if (!document.body || !(document.documentElement instanceof HTMLHtmlElement) || !globalThis.CSS?.highlights) return;
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
    clock: browserClock(window),
    timers: { setTimeout: (f, ms) => setTimeout(f, ms), clearTimeout: (h) => clearTimeout(h as number), now: () => performance.now() },
    makeRange: (s, e) => new StaticRange({ startContainer: s.node, startOffset: s.offset, endContainer: e.node, endOffset: e.offset }),
    async loadMatcher() {
      const answer = await askBackground({ type: 'get-matcher' });
      if (!answer || !('compiled' in answer)) throw new Error('the background sent no matcher');
      return answer as MatcherPayload;
    },
    reportMentions: (entities) => void askBackground({ type: 'page-mentions', url: location.href, entities }).catch(() => undefined),
    firstScanDone: () => performance.mark('attache:highlighted'),
    tooSlow: () => {
      showSlowPageNotice(document, site, () => void settings.update((s) => setSiteEnabled(s, site, false)));
    },
  });
  const cards = lazyCardHost(() => askBackground({ type: 'load-card-host' }));
  let stopPointer: (() => void) | undefined;

  const apply = (page: PageSettings) => {
    controller.apply(page);
    if (page.active) {
      stopPointer ??= watchPointer({ doc: document, index: controller.store, open: (hit, trigger) => void cards.openCard(hit, trigger) });
    } else {
      stopPointer?.();
      stopPointer = undefined;
      cards.closeCard();
    }
  };
  const off = pageSettings({ ...DEFAULT_SETTINGS, enabled: false }, site);

  settings.load().then((s) => apply(pageSettings(s, site)), (error: unknown) => console.error('Attaché: settings not read:', error));
  const unsubscribe = settings.subscribe((s) => apply(pageSettings(s, site)));
  // The extension was reloaded or removed: leave the page as it was.
  ctx.onInvalidated(() => {
    unsubscribe();
    apply(off);
  });
}
