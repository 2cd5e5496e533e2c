import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger, type Logger } from '@keyward/logger';
import type { Config } from './config.js';
import { NotionClient } from './notion.js';

export interface RunningServer {
  readonly url: string;
  readonly server: Server;
  readonly close: () => Promise<void>;
}

/** The Notion-sync service: GET /pages lists pages from Notion, GET /health answers ok. */
export async function startServer(config: Config, log: Logger = createLogger({ level: config.LOG_LEVEL })): Promise<RunningServer> {
  const notion = new NotionClient({ token: config.NOTION_TOKEN, baseUrl: config.NOTION_API_URL, log });
  const server = createServer((req, res) => {
    const started = Date.now();
    const done = (status: number, body: unknown): void => {
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      log.info({ req: { method: req.method, url: req.url }, status, ms: Date.now() - started }, 'request');
    };
    if (req.method === 'GET' && req.url === '/health') return done(200, { ok: true });
    if (req.method === 'GET' && req.url === '/pages') {
      notion.listPages().then(
        (pages) => done(200, { pages }),
        (error: unknown) => {
          log.error({ err: error }, 'listing pages failed');
          done(502, { error: 'upstream failed' });
        },
      );
      return undefined;
    }
    return done(404, { error: 'not found' });
  });
  await new Promise<void>((resolve) => server.listen(config.PORT, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () => new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
