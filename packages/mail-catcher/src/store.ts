export interface CaughtMail {
  id: string;
  /** Sender address from the From header, or the envelope sender when the header has none. */
  from: string;
  /** Every address in the To header, or the envelope recipients when the header has none. */
  to: string[];
  /** SMTP envelope, which also names Bcc recipients. */
  envelope: { from: string; to: string[] };
  subject: string;
  /** The Message-ID header, with its angle brackets. */
  messageId: string | null;
  text: string;
  html: string | null;
  /** ISO 8601; the Date header, or the time of receipt when it is missing. */
  date: string;
  receivedAt: string;
}

export type MailPredicate = (mail: CaughtMail) => boolean;

interface Waiter {
  predicate: MailPredicate;
  resolve(mail: CaughtMail): void;
  reject(error: Error): void;
}

export class MailStore {
  readonly #maxMessages: number;
  #messages: CaughtMail[] = [];
  readonly #waiters = new Set<Waiter>();

  constructor(maxMessages: number) {
    if (!Number.isInteger(maxMessages) || maxMessages < 1) {
      throw new RangeError(`maxMessages must be a positive integer (got ${maxMessages})`);
    }
    this.#maxMessages = maxMessages;
  }

  add(mail: CaughtMail): void {
    this.#messages.push(mail);
    if (this.#messages.length > this.#maxMessages) {
      this.#messages.splice(0, this.#messages.length - this.#maxMessages);
    }
    for (const waiter of this.#waiters) {
      try {
        if (waiter.predicate(mail)) waiter.resolve(mail);
      } catch (error) {
        waiter.reject(error instanceof Error ? error : new Error(String(error)));
      }
    }
  }

  /** Oldest first, in order of arrival. */
  list(): CaughtMail[] {
    return [...this.#messages];
  }

  get(id: string): CaughtMail | undefined {
    return this.#messages.find((mail) => mail.id === id);
  }

  clear(): void {
    this.#messages = [];
  }

  /** Resolves with the newest stored mail that matches, or with the next one to arrive. */
  waitFor(predicate: MailPredicate, timeoutMs: number): Promise<CaughtMail> {
    const stored = this.#messages.findLast(predicate);
    if (stored) return Promise.resolve(stored);

    return new Promise((resolve, reject) => {
      const settle = () => {
        clearTimeout(timer);
        this.#waiters.delete(waiter);
      };
      const waiter: Waiter = {
        predicate,
        resolve: (mail) => { settle(); resolve(mail); },
        reject: (error) => { settle(); reject(error); },
      };
      const timer = setTimeout(
        () => waiter.reject(new Error(`No matching mail arrived within ${timeoutMs} ms`)),
        timeoutMs,
      );
      this.#waiters.add(waiter);
    });
  }

  rejectWaiters(reason: string): void {
    for (const waiter of this.#waiters) waiter.reject(new Error(reason));
  }
}
