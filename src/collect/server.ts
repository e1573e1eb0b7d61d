/**
 * The laptop's side of `collect`: node:http, listening only while the command runs. Every path
 * starts with a 144-bit random token, or gets a bare 404; the form and photos arrive sealed with
 * a key the laptop made (envelope.ts) and the answer goes back sealed. Nothing stored is ever
 * listed or sent back. Each refusal is a Vietnamese message for the phone and an event for the
 * terminal, and the server goes on serving the others.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { Socket } from 'node:net';
import type { WardList } from '../core/address/ward-list.js';
import { collectMessages as M } from '../core/collect/messages.js';
import { newKey, seal, toBase64Url, unpackPayload, unseal } from '../core/collect/envelope.js';
import type { Store } from '../store/store.js';
import { DEFAULT_LIMITS, PerMinute, type Limits } from './limits.js';
import type { rejectionReasons } from './messages.js';
import { receive, type Received } from './receive.js';

export interface CollectPage {
  html: string;
  /** The Content-Security-Policy that allows the page's own inline script and style by their hashes. */
  csp: string;
}

export type Rejection = keyof typeof rejectionReasons;
export type CollectEvent =
  | { kind: 'saved'; at: Date; result: Extract<Received, { status: 'saved' }> }
  | { kind: 'rejected'; at: Date; address: string; reason: Rejection; detail?: string };

export interface CollectServerOptions {
  host: string;
  port: number;
  store: Store;
  page: CollectPage;
  wardsJson: string;
  wards?: WardList;
  clock: () => Date;
  limits?: Partial<Limits>;
  onEvent: (event: CollectEvent) => void;
}

export interface CollectServer {
  /** The address to open, key included in the fragment: what the QR code holds. */
  url: string;
  close(): Promise<void>;
}

type Route = 'page' | 'wards' | 'ping' | 'send';
const ROUTES: Record<string, Route> = { '': 'page', '/': 'page', '/wards.json': 'wards', '/ping': 'ping', '/send': 'send' };
const METHODS: Record<Route, string> = { page: 'GET', wards: 'GET', ping: 'GET', send: 'POST' };

function routeOf(url: string | undefined, token: Buffer, method: string | undefined): Route | undefined {
  const path = (url ?? '').split('?')[0] ?? '';
  const given = Buffer.from(path.slice(1, 1 + token.length));
  if (path[0] !== '/' || given.length !== token.length || !timingSafeEqual(given, token)) return undefined;
  const route = ROUTES[path.slice(1 + token.length)];
  return route !== undefined && METHODS[route] === method ? route : undefined;
}

const SECURITY_HEADERS = {
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
};

export async function startCollectServer(options: CollectServerOptions): Promise<CollectServer> {
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits };
  const token = randomBytes(18).toString('base64url');
  const tokenBytes = Buffer.from(token);
  const key = newKey();
  const seen = new Set<string>();
  const perMinute = new PerMinute(limits.sendingsPerMinute);
  const { store, clock, onEvent } = options;

  const reject = (req: http.IncomingMessage, res: http.ServerResponse, status: number, reason: Rejection, message: string) => {
    onEvent({ kind: 'rejected', at: clock(), address: req.socket.remoteAddress ?? '?', reason });
    if (res.headersSent || res.destroyed) return;
    res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', Connection: 'close' });
    res.end(JSON.stringify({ error: message }));
  };

  const reply = (res: http.ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/octet-stream' });
    res.end(seal(key, new TextEncoder().encode(JSON.stringify(body)), 'reply'));
  };

  const onSend = (req: http.IncomingMessage, res: http.ServerResponse, body: Buffer) => {
    const opened = unseal(key, body, 'send');
    if (opened === undefined) return reject(req, res, 400, 'unreadable', M.unreadable);
    const nonce = Buffer.from(opened.nonce).toString('hex');
    if (seen.has(nonce)) return reject(req, res, 400, 'replayed', M.unreadable);
    seen.add(nonce);
    const payload = unpackPayload(opened.plaintext);
    const now = clock();
    const result = payload === undefined
      ? ({ status: 'bad-request' } as const)
      : receive({ store, now, wards: options.wards, maxPhotoBytes: limits.maxPhotoBytes }, payload.json, payload.photos);
    switch (result.status) {
      case 'bad-request':
        return reject(req, res, 400, 'badRequest', M.badRequest);
      case 'invalid':
        onEvent({ kind: 'rejected', at: now, address: req.socket.remoteAddress ?? '?', reason: 'invalid' });
        return reply(res, 422, { ok: false, message: M.invalid, errors: result.errors });
      case 'refused':
        onEvent({ kind: 'rejected', at: now, address: req.socket.remoteAddress ?? '?', reason: result.reason, detail: result.detail });
        return reply(res, 409, { ok: false, message: result.message, errors: [] });
      case 'saved':
        onEvent({ kind: 'saved', at: now, result });
        return reply(res, 200, {
          ok: true,
          ready: result.record.state === 'ready',
          updated: result.updated,
          kept: result.conflicts.length,
          held: result.held.length,
          warnings: result.warnings,
        });
    }
  };

  const handle = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const route = routeOf(req.url, tokenBytes, req.method);
    if (route === undefined) {
      res.writeHead(404, { 'Content-Length': '0' });
      res.end();
      return;
    }
    if (route === 'page') {
      res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': options.page.csp });
      res.end(options.page.html);
      return;
    }
    if (route === 'wards') {
      res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8' });
      res.end(options.wardsJson);
      return;
    }
    if (route === 'ping') {
      res.writeHead(204, SECURITY_HEADERS);
      res.end();
      return;
    }
    // Read to its end before answering, so the phone gets the message rather than a reset connection.
    if (!perMinute.take(req.socket.remoteAddress ?? '?', Date.now())) {
      req.resume().once('end', () => reject(req, res, 429, 'tooMany', M.tooMany));
      return;
    }
    if (Number(req.headers['content-length'] ?? 0) > limits.maxBodyBytes) return reject(req, res, 413, 'tooLarge', M.tooLarge);
    readBody(req, limits.maxBodyBytes).then(
      (body) => {
        if (body === undefined) return reject(req, res, 413, 'tooLarge', M.tooLarge);
        try {
          onSend(req, res, body);
        } catch {
          reject(req, res, 500, 'notSaved', M.busy);
        }
      },
      () => reject(req, res, 400, 'timeout', M.badRequest),
    );
  };

  const server = http.createServer({ connectionsCheckingInterval: Math.min(1000, limits.headersTimeoutMs) }, handle);
  server.headersTimeout = limits.headersTimeoutMs;
  server.requestTimeout = limits.requestTimeoutMs;
  server.maxConnections = limits.maxConnections;
  server.keepAliveTimeout = 5000;
  limitPerAddress(server, limits.connectionsPerAddress, (address) => onEvent({ kind: 'rejected', at: clock(), address, reason: 'connections' }));
  server.on('clientError', (_error, socket) => socket.destroy());

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}/${token}#k=${toBase64Url(key)}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Up to `limit` open connections per address: one phone holding dozens is someone hogging the laptop. */
function limitPerAddress(server: http.Server, limit: number, onRefused: (address: string) => void): void {
  const open = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? '?';
    const count = (open.get(address) ?? 0) + 1;
    if (count > limit) {
      onRefused(address);
      socket.destroy();
      return;
    }
    open.set(address, count);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left <= 0) open.delete(address);
      else open.set(address, left);
    });
  });
}

/** The body, or undefined once it passes `max` bytes (then the connection is closed after the answer). */
function readBody(req: http.IncomingMessage, max: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        req.removeAllListeners('data');
        req.pause();
        resolve(undefined);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
    req.on('aborted', () => reject(new Error('aborted')));
  });
}
