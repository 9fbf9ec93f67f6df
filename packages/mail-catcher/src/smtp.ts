import { randomUUID } from 'node:crypto';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';
import type { CaughtMail, MailStore } from './store.js';

/** An SMTP reply that refuses one recipient: 4xx (try later) or 5xx (never). */
export interface Refusal {
  code: number;
  message: string;
}

/** Answers a refusal for a recipient the catcher is to refuse, or undefined to accept it. */
export type RecipientPolicy = (address: string) => Refusal | undefined;

export function createSmtpServer(store: MailStore, refuse: RecipientPolicy = () => undefined): SMTPServer {
  const server = new SMTPServer({
    authOptional: true,
    // Accept any credentials, so senders configured with a user and password work unchanged.
    allowInsecureAuth: true,
    onAuth: (_auth, _session, callback) => callback(null, { user: 'mail-catcher' }),
    disabledCommands: ['STARTTLS'],
    secure: false,
    logger: false,
    closeTimeout: 1000,
    onRcptTo(address, _session, callback) {
      const refusal = refuse(address.address);
      if (!refusal) return callback();
      callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }));
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => store.add(toCaughtMail(parsed, session)))
        .then(() => callback(), (error: Error) => callback(error));
    },
  });
  // Client misbehaviour (dropped sockets, bad commands) must never take the catcher down.
  server.on('error', () => {});
  return server;
}

function toCaughtMail(parsed: ParsedMail, session: SMTPServerSession): CaughtMail {
  const envelopeFrom = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
  const envelopeTo = session.envelope.rcptTo.map((rcpt) => rcpt.address);
  const headerTo = addresses(parsed.to);
  const receivedAt = new Date().toISOString();
  return {
    id: randomUUID(),
    from: addresses(parsed.from)[0] ?? envelopeFrom,
    to: headerTo.length > 0 ? headerTo : envelopeTo,
    envelope: { from: envelopeFrom, to: envelopeTo },
    subject: parsed.subject ?? '',
    messageId: parsed.messageId ?? null,
    text: parsed.text ?? '',
    html: typeof parsed.html === 'string' ? parsed.html : null,
    date: parsed.date && !Number.isNaN(parsed.date.getTime()) ? parsed.date.toISOString() : receivedAt,
    receivedAt,
  };
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const objects = field === undefined ? [] : Array.isArray(field) ? field : [field];
  return objects
    .flatMap((object) => object.value)
    .flatMap((entry) => entry.group ?? [entry])
    .flatMap((entry) => (entry.address ? [entry.address] : []));
}
