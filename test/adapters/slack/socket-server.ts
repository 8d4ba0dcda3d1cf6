/**
 * A minimal Socket Mode server on 127.0.0.1 for one test: the WebSocket
 * handshake and framing of RFC 6455 (text, ping/pong, close; no extensions,
 * no fragmentation, which the Slack client does not use), Slack's `hello`
 * on connect, envelopes sent on demand, and the client's acknowledgements
 * recorded. The fake Web API's apps.connections.open hands out its URL.
 */
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';
const OPCODE = { text: 0x1, close: 0x8, ping: 0x9, pong: 0xa } as const;

export class SocketModeServer {
  /** Every JSON message the client sent (acknowledgements carry `envelope_id`). */
  readonly received: Record<string, unknown>[] = [];
  private readonly sockets = new Set<Duplex>();
  private envelopes = 0;

  private constructor(
    private readonly server: Server,
    readonly port: number,
  ) {}

  static async start(): Promise<SocketModeServer> {
    let self: SocketModeServer | undefined;
    const server = createServer((_req, res) => res.writeHead(426).end());
    server.on('upgrade', (req, socket) => self!.accept(String(req.headers['sec-websocket-key'] ?? ''), socket));
    const port = await new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
    self = new SocketModeServer(server, port);
    return self;
  }

  get url(): string {
    return `ws://127.0.0.1:${this.port}/link`;
  }

  get connections(): number {
    return this.sockets.size;
  }

  /** Sends an envelope (events_api, slash_commands, interactive) to every client; returns its id. */
  send(type: string, payload: unknown): string {
    const envelopeId = `env-${++this.envelopes}`;
    const message = JSON.stringify({ envelope_id: envelopeId, type, payload, accepts_response_payload: type !== 'events_api', retry_attempt: 0, retry_reason: '' });
    for (const socket of this.sockets) socket.write(frame(OPCODE.text, Buffer.from(message)));
    return envelopeId;
  }

  close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private accept(key: string, socket: Duplex): void {
    const accept = createHash('sha1').update(key + GUID).digest('base64');
    socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => this.sockets.delete(socket));
    let pending = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk]);
      for (let parsed = readFrame(pending); parsed; parsed = readFrame(pending)) {
        pending = pending.subarray(parsed.length);
        this.onFrame(socket, parsed.opcode, parsed.payload);
      }
    });
    socket.write(frame(OPCODE.text, Buffer.from(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A1' } }))));
  }

  private onFrame(socket: Duplex, opcode: number, payload: Buffer): void {
    if (opcode === OPCODE.ping) socket.write(frame(OPCODE.pong, payload));
    else if (opcode === OPCODE.close) socket.end(frame(OPCODE.close, payload));
    else if (opcode === OPCODE.text) this.received.push(JSON.parse(payload.toString('utf8')) as Record<string, unknown>);
  }
}

// A server frame: final, unmasked.
function frame(opcode: number, payload: Buffer): Buffer {
  const size = payload.length;
  const header = size < 126 ? Buffer.from([0x80 | opcode, size]) : size < 65_536 ? Buffer.alloc(4) : Buffer.alloc(10);
  if (size >= 126 && size < 65_536) {
    header.writeUInt8(0x80 | opcode, 0);
    header.writeUInt8(126, 1);
    header.writeUInt16BE(size, 2);
  } else if (size >= 65_536) {
    header.writeUInt8(0x80 | opcode, 0);
    header.writeUInt8(127, 1);
    header.writeBigUInt64BE(BigInt(size), 2);
  }
  return Buffer.concat([header, payload]);
}

// A client frame (always masked), or undefined until all of it has arrived.
function readFrame(data: Buffer): { opcode: number; payload: Buffer; length: number } | undefined {
  if (data.length < 2) return undefined;
  const opcode = data[0]! & 0x0f;
  let size = data[1]! & 0x7f;
  let offset = 2;
  if (size === 126) {
    if (data.length < 4) return undefined;
    size = data.readUInt16BE(2);
    offset = 4;
  } else if (size === 127) {
    if (data.length < 10) return undefined;
    size = Number(data.readBigUInt64BE(2));
    offset = 10;
  }
  const masked = (data[1]! & 0x80) !== 0;
  const mask = masked ? data.subarray(offset, offset + 4) : undefined;
  offset += masked ? 4 : 0;
  if (data.length < offset + size) return undefined;
  const payload = Buffer.from(data.subarray(offset, offset + size));
  if (mask) for (let i = 0; i < payload.length; i++) payload[i] = payload[i]! ^ mask[i % 4]!;
  return { opcode, payload, length: offset + size };
}
