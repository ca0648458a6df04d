import type { BrowserContext, Page } from 'playwright-core';

interface AXValue {
  value?: unknown;
}
interface AXNode {
  nodeId: string;
  ignored?: boolean;
  role?: AXValue;
  name?: AXValue;
  childIds?: string[];
  parentId?: string;
  backendDOMNodeId?: number;
}

export interface AccessibleNode {
  role: string;
  name: string;
  children: AccessibleNode[];
  /** The DOM node behind it, for CDP's DOM domain. */
  backendNodeId?: number;
}

/**
 * The page's accessibility tree as Chromium exposes it to assistive technology. Unlike
 * Playwright's locators, it includes closed shadow roots, which is how a test can read the
 * in-page card without the card exposing anything to the page.
 */
export async function accessibilityTree(context: BrowserContext, page: Page): Promise<AccessibleNode[]> {
  const cdp = await context.newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const build = (n: AXNode): AccessibleNode => ({
      role: String(n.role?.value ?? ''),
      name: String(n.name?.value ?? ''),
      backendNodeId: n.backendDOMNodeId,
      children: (n.childIds ?? []).flatMap((id) => {
        const child = byId.get(id);
        return child ? [build(child)] : [];
      }),
    });
    return nodes.filter((n) => !n.parentId || !byId.has(n.parentId)).map(build);
  } finally {
    await cdp.detach();
  }
}

/** Every node with `role`, depth first. */
export function findRole(nodes: AccessibleNode[], role: string): AccessibleNode[] {
  return nodes.flatMap((n) => [...(n.role === role ? [n] : []), ...findRole(n.children, role)]);
}

/** The dialogs on the page with their accessible names. */
export async function dialogNames(context: BrowserContext, page: Page): Promise<string[]> {
  return findRole(await accessibilityTree(context, page), 'dialog').map((d) => d.name);
}

/**
 * Clicks the centre of the element with this role and accessible name with the real mouse,
 * as a reader would; works inside closed shadow roots, which selectors cannot reach.
 */
export async function clickAccessible(
  context: BrowserContext,
  page: Page,
  role: string,
  name: string,
  /** Only inside the dialog of this name (a card and a note tip both have *Open in side panel*). */
  inDialog?: string,
): Promise<void> {
  const tree = await accessibilityTree(context, page);
  const within = inDialog === undefined ? tree : findRole(tree, 'dialog').filter((d) => d.name === inDialog);
  const target = findRole(within, role).find((n) => n.name === name);
  if (target?.backendNodeId === undefined) throw new Error(`no ${role} named "${name}" on the page`);
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: target.backendNodeId });
    const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: target.backendNodeId })) as {
      model: { border: number[] };
    };
    const [x1, y1, , , x3, y3] = model.border as [number, number, number, number, number, number];
    await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  } finally {
    await cdp.detach();
  }
}
