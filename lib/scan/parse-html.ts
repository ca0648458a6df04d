import { visibleText } from './visible-text';

/**
 * Visible text of an HTML page, parsed in Node with happy-dom (a spec-following parser: entities
 * decoded, implied tags and raw-text elements handled). Scripts are never run and nothing is
 * fetched: the page is only parsed. happy-dom is loaded on first use: it is large, and most
 * scans read plain text.
 */
export async function htmlToText(html: string): Promise<string> {
  const { Window } = await import('happy-dom');
  const window = new Window({
    settings: { disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true },
  });
  try {
    const document = new window.DOMParser().parseFromString(html, 'text/html');
    return visibleText(document);
  } finally {
    await window.happyDOM.close();
  }
}
