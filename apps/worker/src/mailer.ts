import nodemailer from 'nodemailer';
import SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Overrides the process-wide From; nodemailer quotes the name. */
  from?: { name: string; address: string };
  headers?: Record<string, string>;
  /** `<id@domain>`: the same for every attempt of one message; nodemailer makes one up when absent. */
  messageId?: string;
}

export interface Mailer {
  /** The domain of the From address, for Message-IDs. */
  readonly domain: string;
  /** Resolves once the SMTP server has accepted the message; a refusal carries its reply code (`responseCode`). */
  send(email: OutgoingEmail): Promise<void>;
  close(): void;
}

/** One SMTP transport for the whole process, sending from `from`. */
export function createMailer(smtpUrl: string, from: string): Mailer {
  // Built directly because createTransport() ignores every other option once it is given a URL.
  const smtp = new SMTPTransport({
    url: smtpUrl,
    // Fail within seconds when the server does not answer, so the job is retried rather than held.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 60_000,
  });
  const transport = nodemailer.createTransport(smtp);
  return {
    domain: /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'partner-portal.local',
    send: async (email) => {
      await transport.sendMail({ from, ...email });
    },
    close: () => transport.close(),
  };
}
