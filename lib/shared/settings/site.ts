/**
 * Per-site settings are keyed by host name without a leading "www.", so that turning Attaché
 * off on www.example.org also covers example.org, the same site to a reader.
 */
export function siteOf(url: string): string {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
  return host.startsWith('www.') ? host.slice(4) : host;
}
