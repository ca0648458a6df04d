/**
 * The elements Attaché adds to a page (card host, live region, notice), which the text reader
 * and the change watcher pass over. Their tags are random (see page-names.ts), so they are
 * known by identity instead: a WeakSet kept on the global object of the content script's world,
 * which the lazily injected card host shares and the page's own scripts cannot see.
 */
const KEY = Symbol.for('attache.own-elements');

type Holder = typeof globalThis & { [KEY]?: WeakSet<Element> };

function ownElements(): WeakSet<Element> {
  return ((globalThis as Holder)[KEY] ??= new WeakSet());
}

export function markOwnElement(el: Element): void {
  ownElements().add(el);
}

export function isOwnElement(el: Element): boolean {
  return ownElements().has(el);
}
