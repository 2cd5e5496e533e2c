import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for the Notion API on loopback: POST /v1/search answers two pages when the bearer
 * token is the expected one, 401 otherwise. Used by the tour and the tests; no network needed.
 */
export async function startStubNotion(expectedToken: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const auth = req.headers.authorization ?? '';
    if (req.method !== 'POST' || req.url !== '/v1/search') return void res.writeHead(404).end();
    if (auth !== `Bearer ${expectedToken}`) return void res.writeHead(401, { 'content-type': 'application/json' }).end('{"code":"unauthorized"}');
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ results: [{ id: 'page-1', title: 'Roadmap' }, { id: 'page-2', title: 'Meeting notes' }] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
