/**
 * Which page a page note belongs to: one rule for "the same article", so that a note written on
 * one address of an article is found under every other address of it that readers meet.
 *
 * Two addresses are the same page when their keys are equal. The key is the address with
 * - the fragment dropped (the same article scrolled to another heading);
 * - the scheme made https and the default port dropped;
 * - the host without a leading `www.`, `m.`, `mobile.` or `amp.` (mobile and AMP hosts);
 * - AMP paths and switches dropped: a trailing `/amp` or `.amp`, a leading `/amp/`, and the
 *   `amp`, `outputType=amp` query parameters; Google's AMP cache and viewer addresses
 *   (`*.cdn.ampproject.org/c/s/…`, `www.google.com/amp/s/…`) become the publisher's own;
 * - tracking parameters dropped (`utm_*`, click ids, mailing-list ids, see `TRACKING`), other
 *   parameters kept in their order, since query strings often select the document itself;
 * - a trailing slash dropped (not the root's).
 *
 * A page's `<link rel=canonical>` replaces its address when it names the same site (the key's
 * host equal, or one a subdomain of the other): a page may not file itself under another
 * site's articles and so receive their notes' quotes.
 *
 * Null for anything that is not an http(s) address.
 */
const TRACKING = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'li_fat_id',
  'igshid',
  'mc_cid',
  'mc_eid',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
  'ref_src',
  'ref_url',
  'cmpid',
  'smid',
  'sr_share',
  'at_medium',
  'at_campaign',
  'ito',
  'guccounter',
]);
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hsa_'];
const AMP_SWITCHES = new Set(['amp', 'outputtype', 'amp_js_v', 'usqp', 'amp_gsa', 'amp_tf']);
const VARIANT_HOST = /^(?:www\d*|m|mobile|amp)\./;

export function normalisePageUrl(raw: string, canonical?: string | null): string | null {
  const own = pageKey(raw);
  if (own === null || canonical === undefined || canonical === null) return own;
  const declared = pageKey(canonical);
  if (declared === null || !sameSite(new URL(own).hostname, new URL(declared).hostname)) return own;
  return declared;
}

function pageKey(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url = publisherAddress(url) ?? url;
  url.protocol = 'https:';
  url.port = '';
  url.hash = '';
  url.username = '';
  url.password = '';
  url.hostname = url.hostname.replace(/\.$/, '').replace(VARIANT_HOST, '');

  const kept: string[][] = [];
  url.searchParams.forEach((value, name) => {
    const lower = name.toLowerCase();
    if (TRACKING.has(lower) || TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix))) return;
    if (AMP_SWITCHES.has(lower) && (lower !== 'outputtype' || value.toLowerCase() === 'amp')) return;
    kept.push([name, value]);
  });
  url.search = kept.length === 0 ? '' : new URLSearchParams(kept).toString();

  let path = url.pathname;
  path = path.replace(/^\/amp(?=\/)/i, '');
  path = path.replace(/\/amp\/?$/i, '/').replace(/\.amp(?=$|\.html?$)/i, '');
  if (path.length > 1) path = path.replace(/\/+$/, '');
  url.pathname = path === '' ? '/' : path;
  return url.href;
}

/** The publisher's address behind an AMP cache or viewer address; null for any other. */
function publisherAddress(url: URL): URL | null {
  const host = url.hostname.toLowerCase();
  let rest: string | null = null;
  if (host.endsWith('.cdn.ampproject.org')) {
    // /c/ (content), /v/ (viewer), then s/ for an https publisher.
    const match = /^\/[a-z]\/(s\/)?([^/]+(?:\/.*)?)$/i.exec(url.pathname);
    if (match) rest = `${match[1] ? 'https' : 'http'}://${match[2]}`;
  } else if (/^(?:www\.)?google\.[a-z.]+$/.test(host) && url.pathname.startsWith('/amp/')) {
    const tail = url.pathname.slice('/amp/'.length);
    rest = tail.startsWith('s/') ? `https://${tail.slice(2)}` : `http://${tail}`;
  }
  if (rest === null) return null;
  try {
    const publisher = new URL(rest + url.search);
    return publisher.protocol === 'https:' || publisher.protocol === 'http:' ? publisher : null;
  } catch {
    return null;
  }
}

function sameSite(a: string, b: string): boolean {
  return a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);
}
