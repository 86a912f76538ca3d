import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
};

/** What a stub answers to an API request: a status and a JSON body. */
export type StubAnswer = { status: number; json: unknown };

export type ApiStub = (request: IncomingMessage, body: string) => StubAnswer | undefined;

/**
 * Serves a built SPA like production would: files under /assets, index.html for every other
 * path. `/api/*` goes to the stub; what it does not answer is a 404 in the contract's shape.
 */
export async function serveDist(
  root: string,
  stub: ApiStub,
): Promise<{ url: string; close(): Promise<void> }> {
  const send = (response: ServerResponse, status: number, type: string, body: string | Buffer) => {
    response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
    response.end(body);
  };

  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (pathname.startsWith('/api/')) {
      let body = '';
      for await (const chunk of request) body += chunk;
      const answer = stub(request, body) ?? {
        status: 404,
        json: { error: { code: 'NOT_FOUND', message: 'Ressource introuvable.', requestId: 'req_stub' } },
      };
      return send(response, answer.status, 'application/json', JSON.stringify(answer.json));
    }
    const file = path.join(root, path.normalize(pathname).replace(/^(\.\.[/\\])+/, ''));
    const isAsset = pathname.startsWith('/assets/');
    const target = isAsset && file.startsWith(root) ? file : path.join(root, 'index.html');
    const found = await stat(target).catch(() => null);
    if (!found?.isFile()) return send(response, 404, 'text/plain', 'Not found');
    send(response, 200, types[path.extname(target)] ?? 'application/octet-stream', await readFile(target));
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
