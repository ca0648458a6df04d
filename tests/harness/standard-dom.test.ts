// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';
import { installStandardNodeIterator } from '../../harness/dom/standard-dom';

// The shim stands in for the browser in the sanitiser tests, so it is held to the standard here.
describe('the standard NodeIterator installed over happy-dom', () => {
  beforeAll(() => installStandardNodeIterator());

  function walk(html: string, onVisit: (node: Element) => void = () => {}): string[] {
    const root = document.createElement('div');
    root.innerHTML = html;
    const iterator = document.createNodeIterator(root, NodeFilter.SHOW_ELEMENT);
    const seen: string[] = [];
    for (let node = iterator.nextNode(); node; node = iterator.nextNode()) {
      seen.push((node as Element).id || node.nodeName);
      onVisit(node as Element);
    }
    return seen;
  }

  it('visits every element in tree order', () => {
    expect(walk('<p id="a"><b id="b"></b></p><i id="c"></i>')).toEqual(['DIV', 'a', 'b', 'c']);
  });

  it('goes on after the current node is removed', () => {
    expect(walk('<p id="a"><b id="b"></b></p><i id="c"></i><u id="d"></u>', (node) => node.id === 'a' && node.remove())).toEqual([
      'DIV',
      'a',
      'c',
      'd',
    ]);
  });

  it('visits children hoisted out of a removed node, as DOMPurify keeps content', () => {
    const hoist = (node: Element) => {
      if (node.id !== 'a') return;
      for (const child of [...node.childNodes].reverse()) node.parentNode!.insertBefore(child.cloneNode(true), node.nextSibling);
      node.remove();
    };
    expect(walk('<p id="a"><b id="b"></b></p><i id="c"></i>', hoist)).toEqual(['DIV', 'a', 'b', 'c']);
  });

  it('reports element names through the base Node getter', () => {
    const getter = Object.getOwnPropertyDescriptor(Node.prototype, 'nodeName')!.get!;
    expect(getter.call(document.createElement('h2'))).toBe('H2');
    expect(getter.call(document.createTextNode('x'))).toBe('#text');
  });
});
