import type { CDPSession, Page } from 'playwright-core';

/**
 * Evaluates JavaScript in the extension's content-script world of a page's main frame, through
 * the DevTools protocol: the world where the content script keeps its random highlight names
 * and milestones (`attacheInPage`), which the page's own scripts cannot see.
 */
interface ContextDescription {
  id: number;
  origin: string;
  name: string;
  auxData?: { frameId?: string; isDefault?: boolean; type?: string };
}

interface World {
  session: CDPSession;
  contexts: Map<number, ContextDescription>;
}

const worlds = new WeakMap<Page, Promise<World>>();

function worldOf(page: Page): Promise<World> {
  let world = worlds.get(page);
  if (!world) {
    world = (async () => {
      const session = await page.context().newCDPSession(page);
      const contexts = new Map<number, ContextDescription>();
      session.on('Runtime.executionContextCreated', ({ context }: { context: ContextDescription }) => {
        contexts.set(context.id, context);
      });
      session.on('Runtime.executionContextDestroyed', ({ executionContextId }: { executionContextId: number }) => {
        contexts.delete(executionContextId);
      });
      session.on('Runtime.executionContextsCleared', () => contexts.clear());
      await session.send('Runtime.enable');
      return { session, contexts };
    })();
    worlds.set(page, world);
  }
  return world;
}

/**
 * The value of `expression` in the content script's world of the main frame; undefined while
 * the content script has not been injected.
 */
export async function inContentWorld<T>(page: Page, expression: string): Promise<T | undefined> {
  const { session, contexts } = await worldOf(page);
  const mainFrame = ((await session.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } }).frameTree.frame.id;
  const context = [...contexts.values()]
    .reverse()
    .find((c) => c.auxData?.frameId === mainFrame && c.auxData.type === 'isolated' && c.origin.startsWith('chrome-extension://'));
  if (!context) return undefined;
  const answer = (await session.send('Runtime.evaluate', {
    expression,
    contextId: context.id,
    returnByValue: true,
    awaitPromise: true,
  })) as { result: { value?: T }; exceptionDetails?: { text: string; exception?: { description?: string } } };
  if (answer.exceptionDetails) {
    throw new Error(`in the content-script world: ${answer.exceptionDetails.exception?.description ?? answer.exceptionDetails.text}`);
  }
  return answer.result.value;
}
