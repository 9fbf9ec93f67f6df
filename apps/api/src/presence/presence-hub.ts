import { HttpStatus, Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { RedisClient } from '@partner-portal/db';
import { AppError } from '../common/app-error.js';
import { RETRY_AFTER_SECONDS } from '../common/service-unavailable.js';
import { REDIS } from '../redis/redis.module.js';

/** How long a first subscription waits for the subscriber connection. */
const CONNECT_WAIT_MS = 2_000;

export const presenceUnavailable = () =>
  new AppError(HttpStatus.SERVICE_UNAVAILABLE, 'SERVICE_UNAVAILABLE', 'Presence is briefly unavailable. Try again in a few seconds.', {
    'Retry-After': String(RETRY_AFTER_SECONDS),
  });

interface Channel {
  listeners: Set<() => void>;
  /** Settles once Redis has confirmed the subscription. */
  subscribed: Promise<void>;
}

/**
 * Presence changes pushed between API processes: Redis pub/sub on a connection of its own (a
 * subscribed connection takes no other command), made on the first wait, so a process that never
 * waits holds none. One subscription per record somebody waits on in this process; waiters of the
 * same record share it. When the connection drops every waiter is woken, to read again (and meet
 * the 503 of a Redis that is down).
 */
@Injectable()
export class PresenceHub implements OnModuleDestroy {
  private subscriber: RedisClient | undefined;
  private readonly channels = new Map<string, Channel>();
  private closed = false;

  constructor(@Inject(REDIS) private readonly redis: RedisClient) {}

  /** Publishes a change of the record named by `channel`; every process's waiters on it wake. */
  async publish(channel: string): Promise<void> {
    await this.redis.publish(channel, '1');
  }

  /**
   * Calls `onChange` on every change published on `channel` (and when the connection drops) until the
   * answered function is called. Resolves once the subscription is in place, so a change published
   * after it is never missed; 503 while Redis cannot be reached.
   */
  async listen(channel: string, onChange: () => void): Promise<() => void> {
    const subscriber = await this.connection();
    let entry = this.channels.get(channel);
    if (!entry) {
      const subscribed = subscriber.subscribe(channel).then(() => undefined);
      entry = { listeners: new Set(), subscribed };
      this.channels.set(channel, entry);
      // A failed subscription is answered to those waiting for it below; the next listener tries again.
      subscribed.catch(() => {
        if (this.channels.get(channel) === entry) this.channels.delete(channel);
      });
    }
    const current = entry;
    current.listeners.add(onChange);
    const stop = () => {
      current.listeners.delete(onChange);
      if (current.listeners.size > 0 || this.channels.get(channel) !== current) return;
      this.channels.delete(channel);
      if (subscriber.status === 'ready') subscriber.unsubscribe(channel).catch(() => undefined);
    };
    try {
      await current.subscribed;
    } catch {
      stop();
      throw presenceUnavailable();
    }
    return stop;
  }

  /** Whether the subscriber connection is up; a waiter does not wait on one that is not. */
  get listening(): boolean {
    return this.subscriber?.status === 'ready';
  }

  private async connection(): Promise<RedisClient> {
    if (this.closed) throw presenceUnavailable();
    if (!this.subscriber) {
      const subscriber = this.redis.duplicate();
      // The shared connection reports Redis going and coming back; this one stays quiet about it.
      subscriber.on('error', () => undefined);
      subscriber.on('message', (channel: string) => this.wake(this.channels.get(channel)));
      // Changes published while the connection was down are lost: everyone reads again.
      subscriber.on('close', () => {
        for (const channel of this.channels.values()) this.wake(channel);
      });
      this.subscriber = subscriber;
    }
    const subscriber = this.subscriber;
    if (subscriber.status === 'ready') return subscriber;
    const ready = await new Promise<boolean>((resolve) => {
      const settle = (value: boolean) => {
        clearTimeout(timer);
        subscriber.off('ready', onReady);
        subscriber.off('error', onError);
        resolve(value);
      };
      const onReady = () => settle(true);
      const onError = () => settle(false);
      const timer = setTimeout(() => settle(false), CONNECT_WAIT_MS);
      subscriber.once('ready', onReady);
      subscriber.once('error', onError);
    });
    if (!ready) throw presenceUnavailable();
    return subscriber;
  }

  private wake(channel: Channel | undefined) {
    for (const listener of [...(channel?.listeners ?? [])]) listener();
  }

  onModuleDestroy() {
    this.closed = true;
    for (const channel of this.channels.values()) this.wake(channel);
    this.channels.clear();
    this.subscriber?.disconnect();
  }
}
