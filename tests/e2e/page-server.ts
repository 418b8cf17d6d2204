import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';

export interface PageServer {
  /** http://127.0.0.1:PORT */
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves the given files (path → file on disk, or inline HTML) on loopback, as UTF-8 HTML —
 * the e2e builds grant host access to http://127.0.0.1/* only.
 */
export async function servePages(pages: Record<string, { file: string } | { html: string }>): Promise<PageServer> {
  const server: Server = createServer((req, res) => {
    const page = pages[new URL(req.url ?? '/', 'http://127.0.0.1').pathname];
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const body = 'file' in page ? readFile(page.file) : Promise.resolve(Buffer.from(page.html));
    body.then(
      (bytes) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(bytes),
      () => res.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
