/**
 * The operator's endpoints on the shared HTTP server: /healthz (the process
 * answers), /readyz (every check passes; 503 naming the failing ones
 * otherwise) and /metrics (Prometheus text format).
 */
import type { ServerResponse } from 'node:http';
import type { HttpServer } from '../http/server.ts';
import type { Metrics } from './metrics.ts';
import { type Checks, evaluate } from './readiness.ts';

export function mountOpsRoutes(http: HttpServer, metrics: Metrics, checks: Checks): void {
  http.route('/healthz', (_req, res) => void res.writeHead(200, { 'content-type': 'text/plain' }).end('ok'));
  http.route('/readyz', (_req, res) => {
    const report = evaluate(checks);
    const body = { status: report.ready ? 'ready' : 'not ready', checks: report.checks, ...(report.ready ? {} : { failing: report.failing }) };
    json(res, report.ready ? 200 : 503, body);
  });
  http.route('/metrics', async (_req, res) => {
    const text = await metrics.registry.metrics();
    res.writeHead(200, { 'content-type': metrics.registry.contentType }).end(text);
  });
}

function json(res: ServerResponse, status: number, body: object): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(body));
}
