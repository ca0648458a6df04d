import { describe, expect, it } from 'vitest';
import { normalisePageUrl } from '../../lib/notes/page-url';

const ARTICLE = 'https://example.org/news/2026/un-cyber-talks';

describe('the page a note belongs to', () => {
  it.each([
    ['the address itself', ARTICLE],
    ['a #fragment', `${ARTICLE}#section-2`],
    ['tracking parameters', `${ARTICLE}?utm_source=newsletter&utm_medium=email&fbclid=abc123&gclid=x`],
    ['mailing-list and analytics ids', `${ARTICLE}?mc_cid=1&mc_eid=2&_ga=3&pk_campaign=4`],
    ['http instead of https', 'http://example.org/news/2026/un-cyber-talks'],
    ['a www. host', 'https://www.example.org/news/2026/un-cyber-talks'],
    ['a mobile host', 'https://m.example.org/news/2026/un-cyber-talks'],
    ['an AMP host', 'https://amp.example.org/news/2026/un-cyber-talks'],
    ['a trailing /amp', `${ARTICLE}/amp`],
    ['a trailing /amp/', `${ARTICLE}/amp/`],
    ['a leading /amp/', 'https://example.org/amp/news/2026/un-cyber-talks'],
    ['an amp switch', `${ARTICLE}?amp=1`],
    ['outputType=amp', `${ARTICLE}?outputType=amp`],
    ['a trailing slash', `${ARTICLE}/`],
    ['the AMP cache', 'https://example-org.cdn.ampproject.org/c/s/example.org/news/2026/un-cyber-talks'],
    ['the Google AMP viewer', 'https://www.google.com/amp/s/example.org/news/2026/un-cyber-talks'],
    ['all at once', 'http://m.example.org/amp/news/2026/un-cyber-talks/?utm_campaign=x#top'],
  ])('is the same article under %s', (_, variant) => {
    expect(normalisePageUrl(variant)).toBe(ARTICLE);
  });

  it('keeps parameters that select the document, in their order', () => {
    expect(normalisePageUrl('https://example.org/view?id=42&page=2&utm_source=x')).toBe('https://example.org/view?id=42&page=2');
    expect(normalisePageUrl('https://example.org/view?id=42')).not.toBe(normalisePageUrl('https://example.org/view?id=43'));
    expect(normalisePageUrl('https://example.org/report?outputType=pdf')).toBe('https://example.org/report?outputType=pdf');
  });

  it('keeps other paths and other hosts apart', () => {
    expect(normalisePageUrl('https://example.org/news/2026/other')).not.toBe(ARTICLE);
    expect(normalisePageUrl('https://news.example.org/news/2026/un-cyber-talks')).not.toBe(ARTICLE);
    expect(normalisePageUrl('https://example.org/news/2026/un-cyber-talks-amp')).not.toBe(ARTICLE);
    expect(normalisePageUrl('https://example.org/')).toBe('https://example.org/');
  });

  it('follows a canonical link on the same site', () => {
    expect(normalisePageUrl('https://example.org/story?id=77', `${ARTICLE}?utm_source=canonical`)).toBe(ARTICLE);
    expect(normalisePageUrl('https://m.example.org/s/77', 'https://www.example.org/news/2026/un-cyber-talks')).toBe(ARTICLE);
    expect(normalisePageUrl('https://edition.example.org/s/77', ARTICLE)).toBe(ARTICLE);
  });

  it('ignores a canonical link to another site, or one that is no address', () => {
    expect(normalisePageUrl('https://attacker.test/copy', ARTICLE)).toBe('https://attacker.test/copy');
    expect(normalisePageUrl('https://example.org/a', 'javascript:alert(1)')).toBe('https://example.org/a');
    expect(normalisePageUrl('https://example.org/a', 'not a url')).toBe('https://example.org/a');
    expect(normalisePageUrl('https://example.org/a', null)).toBe('https://example.org/a');
  });

  it('has no page for addresses that are not http(s)', () => {
    expect(normalisePageUrl('chrome-extension://abc/sidepanel.html')).toBeNull();
    expect(normalisePageUrl('file:///reports/a.html')).toBeNull();
    expect(normalisePageUrl('not a url')).toBeNull();
    expect(normalisePageUrl('not a url', ARTICLE)).toBeNull();
  });
});
