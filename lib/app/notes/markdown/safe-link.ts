/**
 * The only link targets a note may carry. Notes are written by any member of the space, so a
 * link is opened only when it leaves for the web or a mail client; everything else
 * (`javascript:`, `data:`, the extension's own pages, relative paths) is dropped.
 */
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/** The address as the browser will read it, or null when it may not be followed. */
export function safeLinkTarget(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  // Browsers ignore ASCII tabs and newlines inside URLs ("java\tscript:"); so must the check.
  const cleaned = raw.replace(/[\t\n\r]/g, '').trim();
  // Only absolute addresses: a relative one would resolve against the extension's origin.
  if (!/^[a-z][a-z0-9+.-]*:/i.test(cleaned)) return null;
  let url: URL;
  try {
    url = new URL(cleaned);
  } catch {
    return null;
  }
  return SAFE_SCHEMES.has(url.protocol) ? url.href : null;
}
