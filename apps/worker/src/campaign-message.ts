import type { OutgoingEmail } from './mailer.js';

export interface CampaignContent {
  subject: string;
  fromName: string;
  fromEmail: string;
  bodyHtml: string;
  bodyText: string | null;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: ' ' };

/** A plain-text part for a campaign written only in HTML: block ends become line breaks, tags go. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|h[1-6]|li|tr|table)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|apos|nbsp);/g, (_, name: string) => ENTITIES[name]!)
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The email one recipient receives; a test send carries "[Test]" before the subject. */
export function renderCampaignMessage(campaign: CampaignContent, to: string, { test = false } = {}): OutgoingEmail {
  return {
    to,
    from: { name: campaign.fromName, address: campaign.fromEmail },
    subject: test ? `[Test] ${campaign.subject}` : campaign.subject,
    html: campaign.bodyHtml,
    text: campaign.bodyText ?? htmlToText(campaign.bodyHtml),
    // Unsubscribe requests go to the sender, who answers for the list.
    headers: { 'List-Unsubscribe': `<mailto:${campaign.fromEmail}?subject=unsubscribe>` },
  };
}

/** An SMTP 5xx answer: the server refused for good, so retrying would not help. */
export function isPermanentSmtpFailure(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

export const MAX_RECIPIENT_ERROR_LENGTH = 500;

export function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, MAX_RECIPIENT_ERROR_LENGTH);
}
