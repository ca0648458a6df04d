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
}

export interface AccessibleNode {
  role: string;
  name: string;
  children: AccessibleNode[];
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
