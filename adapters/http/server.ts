/**
 * The bot's one HTTP port: a tiny router on node:http that platform
 * adapters mount their webhook handlers on (Slack at /slack/events, Telegram
 * at its secret path) and adapters/ops mounts health checks and metrics on.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../../src/logger.ts';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export class HttpServer {
  private readonly routes = new Map<string, Handler>();
  private server: Server | undefined;

  constructor(private readonly logger: Logger) {}

  /** Serves every request whose path (without query) is exactly `path`. */
  route(path: string, handler: Handler): void {
    if (this.routes.has(path)) throw new Error(`coop-bot: HTTP route ${path} is already taken`);
    this.routes.set(path, handler);
  }

  get hasRoutes(): boolean {
    return this.routes.size > 0;
  }

  /** Starts listening; resolves with the port actually bound (0 picks a free one). */
  listen(port: number, host: string): Promise<number> {
    const server = createServer((req, res) => this.dispatch(req, res));
    this.server = server;
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
    });
  }

  close(): Promise<void> {
    const server = this.server;
    if (!server) return Promise.resolve();
    return new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }

  private dispatch(req: IncomingMessage, res: ServerResponse): void {
    const path = (req.url ?? '/').split('?')[0]!;
    const handler = this.routes.get(path);
    if (!handler) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    Promise.resolve(handler(req, res)).catch((error: unknown) => {
      // The path, never the headers: they may carry secrets.
      this.logger.error({ err: error, path }, 'HTTP handler failed');
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end();
    });
  }
}
