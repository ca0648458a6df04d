import { PropertySymbol } from 'happy-dom';

/**
 * happy-dom departs from the DOM standard in two ways that make DOMPurify unsound on it
 * (capricorn86/happy-dom#2310, #1810; cure53/DOMPurify#1457):
 *
 * - `Node.prototype.nodeName` returns "" (subclasses override it), and DOMPurify reads that
 *   getter directly, so every element looks unknown;
 * - a `NodeIterator` stops when its current node is removed, instead of following the
 *   standard's "pre-removing steps", so DOMPurify never visits what follows the first element
 *   it removes and leaves it unsanitised.
 *
 * This installs the standard behaviour for both, so tests of the note sanitiser exercise it
 * the way Chromium and Firefox run it. Call from a test file running in happy-dom.
 */
export function installStandardNodeIterator(): void {
  const { Node, NodeFilter } = window as unknown as typeof globalThis;
  // happy-dom gives each window its own subclasses; patch the classes nodes really inherit from.
  const documentProto = definer(document, 'createNodeIterator') as { createNodeIterator: unknown } & Record<string, unknown>;
  if (documentProto.__standardNodeIterator) return;
  documentProto.__standardNodeIterator = true;

  const sample = document.createElement('div');
  const nodeProto = definer(sample, PropertySymbol.removeChild) as Record<symbol, (node: Node) => Node>;
  const baseNodeName = Object.getOwnPropertyDescriptor(Node.prototype, 'nodeName')!.get!;
  Object.defineProperty(Node.prototype, 'nodeName', {
    configurable: true,
    get(this: Node) {
      for (let proto = Object.getPrototypeOf(this); proto && proto !== Node.prototype; proto = Object.getPrototypeOf(proto)) {
        const own = Object.getOwnPropertyDescriptor(proto, 'nodeName');
        if (own?.get) return own.get.call(this);
      }
      return baseNodeName.call(this);
    },
  });

  const live = new Set<StandardNodeIterator>();
  const removeChild = nodeProto[PropertySymbol.removeChild]!;
  nodeProto[PropertySymbol.removeChild] = function (this: Node, node: Node) {
    for (const iterator of live) iterator.preRemove(node);
    return removeChild.call(this, node);
  };

  documentProto.createNodeIterator = function (
    root: Node,
    whatToShow = 0xffffffff,
    filter: NodeFilter | null = null,
  ) {
    const iterator = new StandardNodeIterator(root, whatToShow, filter, NodeFilter.FILTER_ACCEPT);
    live.add(iterator);
    iterator.onDone = () => live.delete(iterator);
    return iterator;
  };
}

/** The object on `value`'s prototype chain that holds `key` itself. */
function definer(value: object, key: PropertyKey): object {
  for (let proto = Object.getPrototypeOf(value); proto; proto = Object.getPrototypeOf(proto)) {
    if (Object.prototype.hasOwnProperty.call(proto, key)) return proto;
  }
  throw new Error(`nothing on the prototype chain defines ${String(key)}`);
}

function following(node: Node, root: Node): Node | null {
  if (node.firstChild) return node.firstChild;
  for (let current: Node | null = node; current && current !== root; current = current.parentNode) {
    if (current.nextSibling) return current.nextSibling;
  }
  return null;
}

function preceding(node: Node, root: Node): Node | null {
  if (node === root) return null;
  let previous = node.previousSibling;
  if (!previous) return node.parentNode;
  while (previous.lastChild) previous = previous.lastChild;
  return previous;
}

/** https://dom.spec.whatwg.org/#interface-nodeiterator, with a null or function/object filter. */
class StandardNodeIterator {
  referenceNode: Node;
  pointerBeforeReferenceNode = true;
  onDone: () => void = () => {};

  constructor(
    readonly root: Node,
    readonly whatToShow: number,
    readonly filter: NodeFilter | null,
    private readonly accept: number,
  ) {
    this.referenceNode = root;
  }

  private shows(node: Node): boolean {
    if (((1 << (node.nodeType - 1)) & this.whatToShow) === 0) return false;
    if (this.filter === null) return true;
    const verdict = typeof this.filter === 'function' ? this.filter(node) : this.filter.acceptNode(node);
    return verdict === this.accept;
  }

  private traverse(forward: boolean): Node | null {
    let node = this.referenceNode;
    let before = this.pointerBeforeReferenceNode;
    for (;;) {
      if (forward) {
        if (!before) {
          const next = following(node, this.root);
          if (!next) return null;
          node = next;
        } else before = false;
      } else if (before) {
        const previous = preceding(node, this.root);
        if (!previous) return null;
        node = previous;
      } else before = true;
      if (this.shows(node)) {
        this.referenceNode = node;
        this.pointerBeforeReferenceNode = before;
        return node;
      }
    }
  }

  nextNode(): Node | null {
    const node = this.traverse(true);
    if (node === null) this.onDone();
    return node;
  }

  previousNode(): Node | null {
    return this.traverse(false);
  }

  detach(): void {}

  /** The standard's pre-removing steps, run before `removed` leaves the tree. */
  preRemove(removed: Node): void {
    if (removed === this.root || !removed.contains(this.referenceNode)) return;
    if (this.pointerBeforeReferenceNode) {
      let next: Node | null = removed;
      // The first node after `removed` in tree order that is not inside it, within root.
      while (next && next !== this.root && !next.nextSibling) next = next.parentNode;
      const candidate = next && next !== this.root ? next.nextSibling : null;
      if (candidate && this.root.contains(candidate)) {
        this.referenceNode = candidate;
        return;
      }
      this.pointerBeforeReferenceNode = false;
    }
    let previous = removed.previousSibling;
    if (!previous) {
      this.referenceNode = removed.parentNode!;
      return;
    }
    while (previous.lastChild) previous = previous.lastChild;
    this.referenceNode = previous;
  }
}
