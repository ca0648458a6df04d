/**
 * The address page notes are filed under: the fragment is dropped (the same article scrolled
 * to another heading is the same page), everything else kept, since query strings often
 * select the document itself. Null for anything that is not an http(s) address.
 */
export function normalisePageUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  return url.href;
}
