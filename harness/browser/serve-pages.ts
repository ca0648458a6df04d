import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PageServer {
  /** Base URL ending in "/", e.g. http://127.0.0.1:43121/ */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves in-memory pages on loopback: the tests' stand-in for the web. A path ending in `.txt`
 * is served as `text/plain`, one ending in `.pdf` as `application/pdf` (its string's characters
 * as bytes, see harness/pdf/text-pdf.ts), every other as HTML.
 */
export async function servePages(pages: Record<string, string>): Promise<PageServer> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const body = pages[path];
    if (body === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    if (path.endsWith('.pdf')) {
      res.writeHead(200, { 'content-type': 'application/pdf' }).end(Buffer.from(body, 'latin1'));
      return;
    }
    const type = path.endsWith('.txt') ? 'text/plain' : 'text/html';
    res.writeHead(200, { 'content-type': `${type}; charset=utf-8` }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
