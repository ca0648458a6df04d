import { collectText, VisibilityCache } from '../../page/text';
import { DEFAULT_SETTINGS } from '../../shared/settings/schema';

/**
 * The visible text of an HTML page, read by the extension's own rules (lib/page-text) so that
 * `scan` finds what the extension highlights: the body's text nodes in document order, blocks
 * separated by BLOCK_SEPARATOR (U+2029), code left out as by default. The page is parsed in
 * Node with happy-dom (a spec-following parser: entities decoded, implied tags and raw-text
 * elements handled); scripts are never run and nothing is fetched. happy-dom is loaded on
 * first use: it is large, and most scans read plain text.
 */
export async function htmlToText(html: string): Promise<string> {
  const { Window } = await import('happy-dom');
  const window = new Window({
    settings: { disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true },
  });
  try {
    const document = new window.DOMParser().parseFromString(html, 'text/html');
    const body = document.body as unknown as Node;
    return collectText(body, { scanCode: DEFAULT_SETTINGS.scanCode, visibility: new VisibilityCache() });
  } finally {
    await window.happyDOM.close();
  }
}
