import type { Server } from 'node:net';
import { createInboxServer } from './http.js';
import { createSmtpServer, type RecipientPolicy } from './smtp.js';
import { MailStore, type CaughtMail, type MailPredicate } from './store.js';

export type { CaughtMail, MailPredicate } from './store.js';
export type { RecipientPolicy, Refusal } from './smtp.js';

export interface MailCatcherOptions {
  /** 0 picks a free port. */
  smtpPort: number;
  /** Omit to run without the web inbox; 0 picks a free port. */
  httpPort?: number;
  host?: string;
  /** The oldest messages are dropped beyond this many. */
  maxMessages?: number;
  /** Refuses chosen recipients with an SMTP reply, as a real server would (tests of delivery failures). */
  refuse?: RecipientPolicy;
}

export interface MailCatcher {
  readonly smtpPort: number;
  /** null when the web inbox was not requested. */
  readonly httpPort: number | null;
  /** Oldest first. */
  messages(): CaughtMail[];
  /** The newest caught mail that matches, or the next matching one to arrive; rejects after timeoutMs (default 5000). */
  waitFor(predicate: MailPredicate, options?: { timeoutMs?: number }): Promise<CaughtMail>;
  clear(): void;
  close(): Promise<void>;
}

export async function startMailCatcher(options: MailCatcherOptions): Promise<MailCatcher> {
  const { smtpPort, httpPort, host = '127.0.0.1', maxMessages = 500, refuse } = options;
  const store = new MailStore(maxMessages);

  const smtp = createSmtpServer(store, refuse);
  const boundSmtpPort = await listen(smtp.server, smtpPort, host);

  const http = httpPort === undefined ? null : createInboxServer(store);
  let boundHttpPort: number | null = null;
  if (http) {
    try {
      boundHttpPort = await listen(http, httpPort ?? 0, host);
    } catch (error) {
      await new Promise<void>((resolve) => smtp.close(resolve));
      throw error;
    }
  }

  let closing: Promise<void> | undefined;
  return {
    smtpPort: boundSmtpPort,
    httpPort: boundHttpPort,
    messages: () => store.list(),
    waitFor: (predicate, { timeoutMs = 5000 } = {}) => store.waitFor(predicate, timeoutMs),
    clear: () => store.clear(),
    close() {
      closing ??= (async () => {
        store.rejectWaiters('The mail catcher was closed');
        await Promise.all([
          new Promise<void>((resolve) => smtp.close(resolve)),
          http &&
            new Promise<void>((resolve) => {
              http.close(() => resolve());
              http.closeAllConnections();
            }),
        ]);
      })();
      return closing;
    },
  };
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      const address = server.address();
      if (address === null || typeof address === 'string') {
        reject(new Error(`Unexpected listening address ${String(address)}`));
        return;
      }
      resolve(address.port);
    });
  });
}
