// @vitest-environment happy-dom
import { EditorView } from '@codemirror/view';
import * as Y from 'yjs';
import { yUndoManagerKeymap } from 'y-codemirror.next';
import { afterEach, describe, expect, it } from 'vitest';
import { NoteEditor } from '../../../lib/app/notes/editor';
import { presenceUser } from '../../../lib/app/notes/presence';
import { mount } from '../../shared/card/render';
import { linkedPeers, type Peer } from './helpers/linked-peers';

const ana = presenceUser({ displayName: 'Ana', color: '#d62728' });
const ben = presenceUser({ displayName: 'Ben', color: '#1f77b4' });

let cleanup: Array<() => void> = [];
afterEach(() => {
  for (const step of cleanup.reverse()) step();
  cleanup = [];
});

function setup() {
  const [a, b, unlink] = linkedPeers();
  const mounted = mount(<NoteEditor text={a.text} awareness={a.awareness} user={ana} label="Note on CICIR" />);
  cleanup.push(unlink, mounted.unmount);
  const view = EditorView.findFromDOM(mounted.container.querySelector('.cm-editor') as HTMLElement)!;
  return { a, b, view, root: mounted.container };
}

function type(view: EditorView, at: number, insert: string): void {
  view.dispatch({ changes: { from: at, insert } });
}

const undo = (view: EditorView) => yUndoManagerKeymap.find((binding) => binding.key === 'Mod-z')!.run!(view);

/** A peer's cursor at `index` of its text, as y-codemirror.next publishes it. */
function placeCursor(peer: Peer, index: number): void {
  const position = Y.createRelativePositionFromTypeIndex(peer.text, index);
  peer.awareness.setLocalStateField('cursor', { anchor: position, head: position });
}

describe('NoteEditor', () => {
  it('sends what the member types to the other members', () => {
    const { b, view } = setup();
    type(view, 0, 'Met the CICIR delegation.');
    expect(b.text.toString()).toBe('Met the CICIR delegation.');
  });

  it('shows what other members type, live', () => {
    const { b, view } = setup();
    type(view, 0, 'Our view.');
    b.text.insert(0, 'Their view. ');
    expect(view.state.doc.toString()).toBe('Their view. Our view.');
  });

  it('opens with the text the note already has', () => {
    const [a, , unlink] = linkedPeers();
    a.text.insert(0, 'Existing text');
    const mounted = mount(<NoteEditor text={a.text} awareness={a.awareness} user={ana} label="Note" />);
    cleanup.push(unlink, mounted.unmount);
    expect(mounted.container.querySelector('.cm-content')?.textContent).toBe('Existing text');
  });

  it('undoes only this member’s own edits', () => {
    const { b, view } = setup();
    b.text.insert(0, 'Theirs.');
    type(view, 7, ' Mine.');
    b.text.insert(0, 'More of theirs. ');
    undo(view);
    expect(b.text.toString()).toBe('More of theirs. Theirs.');
    expect(view.state.doc.toString()).toBe('More of theirs. Theirs.');
  });

  it('does not undo text that arrived from elsewhere with no origin', () => {
    const { a, view } = setup();
    // Updates applied without an origin (e.g. by a relay) are someone else's, not this editor's.
    Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(makeDocWith('From storage.')));
    type(view, view.state.doc.length, ' Typed.');
    undo(view);
    undo(view);
    expect(view.state.doc.toString()).toBe('From storage.');
  });

  it('publishes the member’s name and colours', () => {
    const { b } = setup();
    const [, state] = [...b.awareness.getStates()].find(([id]) => id !== b.awareness.clientID)!;
    expect(state.user).toEqual({ name: 'Ana', color: '#d62728', colorLight: '#d6272833' });
  });

  it('draws other members’ cursors with their name and colour', () => {
    const { b, root } = setup();
    b.text.insert(0, 'Shared text');
    b.awareness.setLocalStateField('user', ben);
    placeCursor(b, 6);
    const caret = root.querySelector('.cm-ySelectionCaret') as HTMLElement | null;
    expect(caret?.textContent).toContain('Ben');
    expect(caret?.getAttribute('style')).toContain('#1f77b4');
  });

  it('draws a hostile peer’s cursor without its injected CSS', () => {
    const { b, root } = setup();
    b.text.insert(0, 'Shared text');
    b.awareness.setLocalStateField('user', {
      name: 'Mallory\u202e',
      color: 'red; background-image: url(https://evil.example/track.png)',
      colorLight: 'url(https://evil.example/x.png)',
    });
    placeCursor(b, 3);
    const caret = root.querySelector('.cm-ySelectionCaret') as HTMLElement | null;
    expect(caret?.textContent).toContain('Mallory');
    expect(caret?.textContent).not.toContain('\u202e');
    expect(root.innerHTML).not.toContain('url(');
  });

  it('keeps drawing cursors when a peer sends a malformed one', () => {
    const { b, root } = setup();
    b.text.insert(0, 'Shared text');
    b.awareness.setLocalState({ user: ben, cursor: { anchor: { item: { client: 'x', clock: -1 } }, head: 7 } });
    expect(root.querySelector('.cm-ySelectionCaret')).toBeNull();
    placeCursor(b, 2);
    expect(root.querySelector('.cm-ySelectionCaret')?.textContent).toContain('Ben');
  });

  it('removes this member’s cursor when the note closes', () => {
    const [a, b, unlink] = linkedPeers();
    const mounted = mount(<NoteEditor text={a.text} awareness={a.awareness} user={ana} label="Note" />);
    cleanup.push(unlink);
    a.awareness.setLocalStateField('cursor', { anchor: Y.createRelativePositionFromTypeIndex(a.text, 0), head: Y.createRelativePositionFromTypeIndex(a.text, 0) });
    mounted.unmount();
    const state = b.awareness.getStates().get(a.awareness.clientID);
    expect(state?.cursor ?? null).toBeNull();
  });
});

function makeDocWith(text: string): Y.Doc {
  const doc = new Y.Doc();
  doc.getText('body').insert(0, text);
  return doc;
}
