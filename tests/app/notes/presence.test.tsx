// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { PresenceList, presenceUser, presentPeers, readPresenceUser, UNKNOWN_MEMBER } from '../../../lib/app/notes/presence';
import { mount } from '../../shared/card/render';
import { linkedPeers } from './helpers/linked-peers';

let cleanup: Array<() => void> = [];
afterEach(() => {
  for (const step of cleanup.reverse()) step();
  cleanup = [];
});

describe('readPresenceUser', () => {
  it('keeps a well-formed user', () => {
    expect(readPresenceUser({ name: 'Ana', color: '#D62728', colorLight: '#d6272833' })).toEqual({
      name: 'Ana',
      color: '#d62728',
      colorLight: '#d6272833',
    });
  });

  it('replaces colours that are not plain hex colours', () => {
    const user = readPresenceUser({ name: 'M', color: 'red;background:url(https://evil.example/)', colorLight: 'url(x)' });
    expect(user.color).toBe(UNKNOWN_MEMBER.color);
    expect(user.colorLight).toBe(`${UNKNOWN_MEMBER.color}33`);
  });

  it('strips control and direction-override characters and bounds the length', () => {
    const user = readPresenceUser({ name: `  Eve\u202e\u0007 ${'x'.repeat(100)}`, color: '#000000' });
    expect(user.name.startsWith('Eve x')).toBe(true);
    expect(user.name).not.toMatch(/[\u202e\u0007]/);
    expect(user.name.length).toBeLessThanOrEqual(60);
  });

  it('names someone who published no usable name', () => {
    expect(readPresenceUser({ name: 42 }).name).toBe(UNKNOWN_MEMBER.name);
    expect(readPresenceUser('Ana')).toEqual(UNKNOWN_MEMBER);
  });
});

describe('presentPeers', () => {
  it('lists yourself first, then the others by name, once per member', () => {
    const [a, b, unlink] = linkedPeers();
    const [c, , unlinkC] = linkedPeers();
    cleanup.push(unlink, unlinkC);
    a.awareness.setLocalStateField('user', presenceUser({ displayName: 'Zoe', color: '#2ca02c' }));
    b.awareness.setLocalStateField('user', presenceUser({ displayName: 'Ben', color: '#1f77b4' }));
    expect(presentPeers(a.awareness).map((peer) => [peer.user.name, peer.self])).toEqual([
      ['Zoe', true],
      ['Ben', false],
    ]);
    // The same member on a second device.
    c.awareness.setLocalStateField('user', presenceUser({ displayName: 'Ben', color: '#1f77b4' }));
    a.awareness.states.set(c.awareness.clientID, c.awareness.getLocalState()!);
    expect(presentPeers(a.awareness).map((peer) => peer.user.name)).toEqual(['Zoe', 'Ben']);
  });

  it('leaves out clients that published no user', () => {
    const [a, b, unlink] = linkedPeers();
    cleanup.push(unlink);
    b.awareness.setLocalStateField('cursor', null);
    expect(presentPeers(a.awareness)).toEqual([]);
  });
});

describe('PresenceList', () => {
  it('follows members joining and leaving', () => {
    const [a, b, unlink] = linkedPeers();
    cleanup.push(unlink);
    a.awareness.setLocalStateField('user', presenceUser({ displayName: 'Ana', color: '#d62728' }));
    const mounted = mount(<PresenceList awareness={a.awareness} label="In this space now" />);
    cleanup.push(mounted.unmount);
    const names = () => [...mounted.container.querySelectorAll('li')].map((li) => li.textContent);
    expect(names()).toEqual(['Ana (you)']);
    act(() => b.awareness.setLocalStateField('user', presenceUser({ displayName: 'Ben', color: '#1f77b4' })));
    expect(names()).toEqual(['Ana (you)', 'Ben']);
    act(() => b.awareness.setLocalState(null));
    expect(names()).toEqual(['Ana (you)']);
  });
});
