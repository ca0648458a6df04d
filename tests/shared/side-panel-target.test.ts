import { describe, expect, it } from 'vitest';
import { PANEL_TARGET_FRESH_MS, isFreshTarget, parsePanelTarget, storedPanelTarget } from '../../lib/shared/side-panel-target';
import { openSidePanel } from '../../lib/shared/browser-differences';

describe('side panel targets', () => {
  it('round-trips entity and search targets', () => {
    const entity = storedPanelTarget({ kind: 'entity', entityId: 'itu', intent: 'add-note' }, 5);
    expect(parsePanelTarget(JSON.parse(JSON.stringify(entity)))).toEqual(entity);
    const search = storedPanelTarget({ kind: 'search', query: 'code of conduct' }, 6);
    expect(parsePanelTarget(search)).toEqual(search);
  });

  it('round-trips a team glossary target with the name to start an entry with', () => {
    const add = storedPanelTarget({ kind: 'team-glossary', name: 'Paris Call' }, 7);
    expect(parsePanelTarget(JSON.parse(JSON.stringify(add)))).toEqual(add);
    expect(parsePanelTarget({ target: { kind: 'team-glossary', name: 4 }, at: 1 })).toBeUndefined();
  });

  it('applies to a panel opening soon after it was stored, not to one opened much later', () => {
    const stored = storedPanelTarget({ kind: 'search', query: 'itu' }, 1_000);
    expect(isFreshTarget(stored, 1_000 + PANEL_TARGET_FRESH_MS)).toBe(true);
    expect(isFreshTarget(stored, 1_001 + PANEL_TARGET_FRESH_MS)).toBe(false);
  });

  it('rejects values of another shape', () => {
    expect(parsePanelTarget(undefined)).toBeUndefined();
    expect(parsePanelTarget({ target: { kind: 'entity', entityId: 'itu' } })).toBeUndefined();
    expect(parsePanelTarget({ target: { kind: 'entity', entityId: 4 }, at: 1 })).toBeUndefined();
    expect(parsePanelTarget({ target: { kind: 'entity', entityId: 'itu', intent: 'delete' }, at: 1 })).toBeUndefined();
    expect(parsePanelTarget({ target: { kind: 'page' }, at: 1 })).toBeUndefined();
  });
});

describe('opening the side panel', () => {
  it('uses Chrome’s side panel for the window, or Firefox’s sidebar', async () => {
    const calls: string[] = [];
    await openSidePanel({ sidePanel: { open: async ({ windowId }) => void calls.push(`panel ${windowId}`) } }, 7);
    await openSidePanel({ sidebarAction: { open: async () => void calls.push('sidebar') } }, 7);
    expect(calls).toEqual(['panel 7', 'sidebar']);
    await expect(openSidePanel({}, 7)).rejects.toThrow('no side panel');
  });
});
