import { createServer, type Server, type ServerResponse } from 'node:http';
import { renderInbox, renderMessage, renderNotFound } from './html.js';
import type { MailStore } from './store.js';

const HTML_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  // Inherited by the srcdoc iframe too, so a caught mail can never run scripts or submit forms.
  'content-security-policy': "script-src 'none'; object-src 'none'; form-action 'none'",
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
};

export function createInboxServer(store: MailStore): Server {
  return createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const method = req.method ?? 'GET';

    if (pathname === '/') {
      if (method !== 'GET') return methodNotAllowed(res, 'GET');
      return send(res, 200, HTML_HEADERS, renderInbox(store.list()));
    }

    const messageId = /^\/messages\/([^/]+)$/.exec(pathname)?.[1];
    if (messageId !== undefined) {
      if (method !== 'GET') return methodNotAllowed(res, 'GET');
      const mail = store.get(safeDecode(messageId));
      return mail
        ? send(res, 200, HTML_HEADERS, renderMessage(mail))
        : send(res, 404, HTML_HEADERS, renderNotFound());
    }

    if (pathname === '/api/messages') {
      if (method === 'GET') return sendJson(res, 200, store.list());
      if (method === 'DELETE') {
        store.clear();
        return send(res, 204, {}, '');
      }
      return methodNotAllowed(res, 'GET, DELETE');
    }

    return sendJson(res, 404, { error: 'Not found' });
  });
}

function safeDecode(component: string): string {
  try {
    return decodeURIComponent(component);
  } catch {
    return '';
  }
}

function send(res: ServerResponse, status: number, headers: Record<string, string>, body: string): void {
  res.writeHead(status, headers).end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }, JSON.stringify(value));
}

function methodNotAllowed(res: ServerResponse, allow: string): void {
  res.setHeader('allow', allow);
  sendJson(res, 405, { error: 'Method not allowed' });
}
