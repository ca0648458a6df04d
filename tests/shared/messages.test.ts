import { describe, expect, it } from 'vitest';
import { isRequest, isTabRequest, tabMentionsKey, tabOfMentionsKey } from '../../lib/shared/messages';

describe('isRequest', () => {
  it('accepts the requests the card sends', () => {
    expect(isRequest({ type: 'get-entity', entityId: 'cicir' })).toBe(true);
    expect(isRequest({ type: 'count-notes', entityId: 'cicir' })).toBe(true);
    expect(isRequest({ type: 'open-side-panel', entityId: 'cicir', intent: 'add-note' })).toBe(true);
    expect(isRequest({ type: 'open-side-panel' })).toBe(true);
    expect(isRequest({ type: 'load-card-host' })).toBe(true);
  });

  it('accepts a notes page’s request to sync', () => {
    expect(isRequest({ type: 'sync-notes' })).toBe(true);
  });

  it('accepts the content script’s requests', () => {
    expect(isRequest({ type: 'get-recognizer' })).toBe(true);
    expect(isRequest({ type: 'page-mentions', url: 'https://example.org/', entities: [{ id: 'un', count: 2 }] })).toBe(true);
  });

  it('accepts the PDF viewer’s pages of each entity, and only page numbers', () => {
    const mentions = (pages: unknown) => ({ type: 'page-mentions', url: 'x', entities: [{ id: 'un', count: 2, pages }] });
    expect(isRequest(mentions([1, 4]))).toBe(true);
    expect(isRequest(mentions([0]))).toBe(false);
    expect(isRequest(mentions(['1']))).toBe(false);
    expect(isRequest(mentions(3))).toBe(false);
  });

  it('rejects requests of the wrong shape', () => {
    expect(isRequest(null)).toBe(false);
    expect(isRequest('get-entity')).toBe(false);
    expect(isRequest({ type: 'get-entity' })).toBe(false);
    expect(isRequest({ type: 'get-entity', id: 'cicir' })).toBe(false);
    expect(isRequest({ type: 'count-notes', id: 'cicir' })).toBe(false);
    expect(isRequest({ type: 'open-side-panel', intent: 'delete' })).toBe(false);
    expect(isRequest({ type: 'page-mentions', url: 'x', entities: [{ id: 'un', count: 1.5 }] })).toBe(false);
    expect(isRequest({ type: 'page-mentions', url: 'x', entities: [{ id: 'un', count: 0 }] })).toBe(false);
  });

  it('rejects unknown types, including ones inherited from Object', () => {
    expect(isRequest({ type: 'read-notes', entityId: 'cicir' })).toBe(false);
    expect(isRequest({ type: 'toString' })).toBe(false);
    expect(isRequest({ type: 'constructor' })).toBe(false);
  });
});

describe('isTabRequest', () => {
  it('accepts what the side panel sends to a page', () => {
    expect(isTabRequest({ type: 'reveal-mention', entityId: 'cicir', direction: 'next' })).toBe(true);
    expect(isTabRequest({ type: 'reveal-mention', entityId: 'cicir', direction: 'previous' })).toBe(true);
    expect(isTabRequest({ type: 'get-selection' })).toBe(true);
  });

  it('rejects other shapes and background requests', () => {
    expect(isTabRequest({ type: 'reveal-mention', entityId: 'cicir', direction: 'up' })).toBe(false);
    expect(isTabRequest({ type: 'reveal-mention', id: 'cicir', direction: 'next' })).toBe(false);
    expect(isTabRequest({ type: 'reveal-mention', entityId: 'cicir' })).toBe(false);
    expect(isTabRequest({ type: 'get-page-mentions' })).toBe(false);
    expect(isTabRequest({ type: 'reveal-mention' })).toBe(false);
    expect(isTabRequest({ type: 'get-recognizer' })).toBe(false);
  });
});

describe('tab mentions keys', () => {
  it('name the tab whose mentions they hold, and nothing else', () => {
    expect(tabOfMentionsKey(tabMentionsKey(42))).toBe(42);
    expect(tabOfMentionsKey('sidePanelTarget')).toBeUndefined();
    expect(tabOfMentionsKey('tabMentions:x')).toBeUndefined();
  });
});
