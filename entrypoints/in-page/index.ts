/**
 * The always-loaded content script: small on purpose. It wires lib/in-page (recognition and
 * highlighting) and lib/card-trigger (pointer → card) to the extension: settings from
 * storage, the compiled recogniser and the badge through the background, the card UI injected only when
 * a card first opens.
 *
 * It is built as an unlisted script and declared in the manifest by wxt.config.ts rather than
 * with defineContentScript: WXT wraps a content script in a ContentScriptContext, which posts a
 * message naming the extension's id to every page and stops the script when the page dispatches
 * that message back as an event. Nothing this script leaves in a page names the extension: see
 * "What a page can see" in docs/architecture.md.
 */
import { lazyCardHost, watchPointer, type MentionHit } from '../../lib/page/card-trigger';
import { browserClock, createAnnouncer, InPageController, showSlowPageNotice, watchShortcuts } from '../../lib/page/highlighting';
import { randomPageNames } from '../../lib/shared/page-names';
import { createSettingsStore, DEFAULT_SETTINGS, pageSettings, setSiteEnabled, siteOf, type PageSettings, type SettingsStore } from '../../lib/shared/settings';
import { createNoteMarksSession, type NoteMarksSession } from '../../lib/page/note-marks';
import { readNotePassages } from '../../lib/shared/note-passages';
import { askBackground } from './ask-background';
import { whenExtensionGone } from './extension-lifetime';
import { createProbe, type InPageProbe } from './probe';
import { startWhenOn } from './start-when-on';
import { whenIdle } from './when-idle';
import { TEAM_TERMS_REVISION_KEY } from '../../lib/shared/team-terms-revision';
import { answerTabRequests } from './tab-requests';

export default defineUnlistedScript(() => {
  // Not an HTML page (an image, a feed shown as XML), or a browser without highlights.
  if (!document.body || !(document.documentElement instanceof HTMLHtmlElement) || !globalThis.CSS?.highlights) return;
  // The side panel talks to the top frame only, so that one frame answers; from the start, since
  // it may ask for the selection a new page note quotes before recognition begins.
  let controller: InPageController | undefined;
  let noteMarks: NoteMarksSession | undefined;
  if (window === window.top) answerTabRequests(document, () => controller, () => noteMarks);
  const probe = createProbe(randomPageNames());
  probe.marks.loaded = performance.now();
  const site = siteOf(location.href);
  const settings = createSettingsStore(browser.storage.local);
  // Nothing else is built on a site that is off: see start-when-on.ts.
  const stopWaiting = startWhenOn(
    settings,
    (s) => pageSettings(s, site).active,
    () =>
      whenIdle(window, () => {
        controller = start(probe, settings, site, (session) => (noteMarks = session));
      }),
    (error) => console.error('Attaché: settings not read:', error),
  );
  whenExtensionGone(stopWaiting);
});

function start(
  probe: InPageProbe,
  settings: SettingsStore,
  site: string,
  setNoteMarks: (session: NoteMarksSession | undefined) => void,
): InPageController {
  const names = probe.names;
  const mark = (name: string) => {
    probe.marks[name] = performance.now();
  };
  mark('start');
  const controller = new InPageController({
    doc: document,
    highlights: { registry: markFirstHighlight(CSS.highlights, () => mark('first-highlight')), createHighlight: () => new Highlight(), names: names.highlights },
    viewport: window,
    clock: browserClock(window),
    timers: { setTimeout: (f, ms) => setTimeout(f, ms), clearTimeout: (h) => clearTimeout(h as number), now: () => performance.now() },
    makeRange: (bounds) => new StaticRange(bounds),
    // A failed answer (undefined) fails building the recogniser, which is reported.
    loadRecognizer: () => askBackground({ type: 'get-recognizer' }),
    reportMentions: (entities) => void askBackground({ type: 'page-mentions', url: location.href, entities }).catch(() => undefined),
    stage: mark,
    firstScanDone: () => mark('highlighted'),
    announce: createAnnouncer(document, names.announcerTag),
    tooSlow: () => {
      showSlowPageNotice(document, names.noticeTag, site, () => void settings.update((s) => setSiteEnabled(s, site, false)));
    },
  });
  const cards = lazyCardHost(() => askBackground({ type: 'load-card-host' }), names.cardTag);
  const openCard: OpenCard = (hit, trigger) =>
    void cards.openCard(hit, trigger).catch((error: unknown) => console.error('Attaché: card not opened:', error));
  let stopInput: (() => void) | undefined;
  // Team notes' marks (top frame only, where the side panel asks): nothing is fetched or painted
  // until the reader asks for them.
  let noteMarks: NoteMarksSession | undefined;
  const startNoteMarks = (): NoteMarksSession =>
    createNoteMarksSession({
      doc: document,
      registry: CSS.highlights,
      createHighlight: () => new Highlight(),
      makeRange: (bounds) => new StaticRange(bounds),
      clock: browserClock(window),
      highlightName: names.highlights.note,
      tipTag: names.noteTipTag,
      fetchPassages: async () => {
        const canonical = document.querySelector<HTMLLinkElement>('link[rel~="canonical" i][href]')?.href ?? null;
        const answer = await askBackground({ type: 'page-note-passages', url: location.href, canonical });
        return answer === null ? null : readNotePassages(answer);
      },
      openInPanel: () => void askBackground({ type: 'open-side-panel' }).catch((error: unknown) => console.error('Attaché: side panel not opened:', error)),
    });
  // The rules for this page's highlight names, inserted by the background once the page is on.
  let styled: Promise<void> | undefined;

  // Pointer and keyboard are watched only while the page is on: an off page costs nothing.
  const apply = (page: PageSettings) => {
    controller.apply(page);
    if (page.active) {
      styled ??= askBackground({ type: 'style-highlights', names: names.highlights }).catch((error: unknown) => {
        styled = undefined;
        console.error('Attaché: highlight styles not inserted:', error);
      });
      stopInput ??= listen(controller, openCard);
      if (window === window.top && !noteMarks) setNoteMarks((noteMarks = startNoteMarks()));
    } else {
      stopInput?.();
      stopInput = undefined;
      noteMarks?.stop();
      noteMarks = undefined;
      setNoteMarks(undefined);
      cards.closeCard();
    }
  };
  const off = pageSettings({ ...DEFAULT_SETTINGS, enabled: false }, site);


  settings.load().then((s) => apply(pageSettings(s, site)), (error: unknown) => console.error('Attaché: settings not read:', error));
  const unsubscribe = settings.subscribe((s) => apply(pageSettings(s, site)));
  // The team glossary changed: the background has a new recogniser for this page.
  const onTeamTerms = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && TEAM_TERMS_REVISION_KEY in changes) controller.reloadRecognizer();
  };
  browser.storage.onChanged.addListener(onTeamTerms);
  // The extension was reloaded, updated or removed: leave the page as it was.
  whenExtensionGone(() => {
    apply(off);
    try {
      unsubscribe();
      browser.storage.onChanged.removeListener(onTeamTerms);
    } catch {
      // The extension's APIs are cut off already; the listener can never fire again anyway.
    }
  });
  return controller;
}

/** The registry, noting the first time a highlight enters it: the first mention shown. */
function markFirstHighlight(registry: HighlightRegistry, first: () => void): Pick<HighlightRegistry, 'set' | 'delete'> {
  let seen = false;
  return {
    set: (name, highlight) => {
      if (!seen) {
        seen = true;
        first();
      }
      return registry.set(name, highlight);
    },
    delete: (name) => registry.delete(name),
  };
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
