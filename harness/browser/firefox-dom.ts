import type { Page } from 'puppeteer-core';
import { bidi } from './launch-firefox';

/** A DOM node as WebDriver BiDi serialises it, shadow roots included. */
export interface SerialisedNode {
  sharedId?: string;
  value?: {
    nodeType: number;
    localName?: string;
    nodeValue?: string;
    attributes?: Record<string, string>;
    children?: SerialisedNode[];
    shadowRoot?: SerialisedNode | null;
  };
}

/**
 * The nodes matching `selector` with their whole subtrees, closed shadow roots included
 * (`includeShadowTree: 'all'`): how a Firefox test reads the in-page card, which the page's
 * own scripts cannot reach.
 */
export async function locateWithShadows(page: Page, selector: string): Promise<SerialisedNode[]> {
  const { session, context } = bidi(page);
  const { result } = await session.send('browsingContext.locateNodes', {
    context,
    locator: { type: 'css', value: selector },
    serializationOptions: { maxDomDepth: null, includeShadowTree: 'all' },
  });
  return (result as { nodes: SerialisedNode[] }).nodes;
}

/** Every element under `nodes`, depth first, shadow trees before light children. */
export function elements(nodes: SerialisedNode[]): SerialisedNode[] {
  return nodes.flatMap((n) => {
    if (n.value?.nodeType !== 1 && n.value?.nodeType !== 11) return [];
    const below = [...(n.value.shadowRoot ? [n.value.shadowRoot] : []), ...(n.value.children ?? [])];
    return [...(n.value.nodeType === 1 ? [n] : []), ...elements(below)];
  });
}

export function textOf(node: SerialisedNode): string {
  if (node.value?.nodeType === 3) return node.value.nodeValue ?? '';
  return (node.value?.children ?? []).map(textOf).join('');
}

/** The in-page cards showing (under host elements tagged `cardTag`), by the text of the heading that names each dialog. */
export async function cardNames(page: Page, cardTag: string): Promise<string[]> {
  const all = elements(await locateWithShadows(page, cardTag));
  return all
    .filter((n) => n.value?.attributes?.role === 'dialog')
    .map((dialog) => {
      const id = dialog.value?.attributes?.['aria-labelledby'];
      const heading = elements([dialog]).find((n) => n.value?.attributes?.id === id);
      return heading ? textOf(heading).trim() : '';
    });
}

/** The element of the card that `match` picks, or an error naming what was looked for. */
export async function cardElement(
  page: Page,
  cardTag: string,
  what: string,
  match: (n: SerialisedNode) => boolean,
): Promise<SerialisedNode> {
  const found = elements(await locateWithShadows(page, cardTag)).find(match);
  if (!found?.sharedId) throw new Error(`no ${what} in the card`);
  return found;
}

/**
 * A real mouse click at the centre of a node, as a reader would, once it is scrolled into view
 * (a node reference reaches into closed shadow roots where selectors cannot).
 */
export async function clickNode(page: Page, node: SerialisedNode): Promise<void> {
  const { session, context } = bidi(page);
  await session.send('script.callFunction', {
    functionDeclaration: '(node) => node.scrollIntoView({ block: "center" })',
    target: { context },
    arguments: [{ sharedId: node.sharedId }],
    awaitPromise: false,
  });
  const origin = { type: 'element', element: { sharedId: node.sharedId } };
  await session.send('input.performActions', {
    context,
    actions: [
      {
        type: 'pointer',
        id: 'attache-mouse',
        actions: [
          { type: 'pointerMove', x: 0, y: 0, origin },
          { type: 'pointerDown', button: 0 },
          { type: 'pointerUp', button: 0 },
        ],
      },
    ],
  });
}
