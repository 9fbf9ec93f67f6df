import type { CaughtMail } from './store.js';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

const STYLE = `
  body { font: 14px/1.5 system-ui, sans-serif; margin: 0; color: #1f2933; background: #f5f7fa; }
  header { background: #243b53; color: #fff; padding: 12px 24px; display: flex; align-items: baseline; gap: 16px; }
  header h1 { font-size: 18px; margin: 0; }
  header a { color: #bcccdc; }
  main { max-width: 1100px; margin: 24px auto; padding: 0 24px; }
  table { width: 100%; border-collapse: collapse; background: #fff; box-shadow: 0 1px 2px #0002; }
  th, td { text-align: left; padding: 8px 12px; border-bottom: 1px solid #e4e7eb; vertical-align: top; }
  th { background: #f0f4f8; font-weight: 600; }
  tr:hover td { background: #f7fafc; }
  a { color: #2680c2; }
  .empty { background: #fff; padding: 48px; text-align: center; color: #627d98; box-shadow: 0 1px 2px #0002; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; background: #fff; padding: 16px; margin: 0 0 16px; }
  dt { font-weight: 600; color: #486581; }
  dd { margin: 0; overflow-wrap: anywhere; }
  h2 { font-size: 15px; margin: 24px 0 8px; }
  iframe { width: 100%; height: 600px; border: 1px solid #d9e2ec; background: #fff; resize: vertical; }
  pre { background: #fff; padding: 16px; border: 1px solid #d9e2ec; white-space: pre-wrap; overflow-wrap: anywhere; }
  time { white-space: nowrap; color: #627d98; }
`;

function page(title: string, body: string, head = ''): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${head}<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>Mail catcher</h1><a href="/">Inbox</a></header>
<main>
${body}
</main>
</body>
</html>
`;
}

function time(iso: string): string {
  return `<time datetime="${escapeHtml(iso)}">${escapeHtml(iso.slice(0, 19).replace('T', ' '))} UTC</time>`;
}

function messageLink(mail: CaughtMail, label: string): string {
  return `<a href="/messages/${encodeURIComponent(mail.id)}">${escapeHtml(label)}</a>`;
}

/** `messages` oldest first, as the store keeps them; the page shows the newest first. */
export function renderInbox(messages: readonly CaughtMail[]): string {
  const refresh = '<meta http-equiv="refresh" content="5">\n';
  if (messages.length === 0) {
    return page(
      'Inbox',
      '<p class="empty">No messages yet. Mail sent to the catcher appears here; this page refreshes every 5 seconds.</p>',
      refresh,
    );
  }
  const rows = [...messages]
    .reverse()
    .map(
      (mail) => `<tr>
<td>${escapeHtml(mail.from)}</td>
<td>${escapeHtml(mail.to.join(', '))}</td>
<td>${messageLink(mail, mail.subject || '(no subject)')}</td>
<td>${time(mail.receivedAt)}</td>
</tr>`,
    )
    .join('\n');
  return page(
    `Inbox (${messages.length})`,
    `<table>
<thead><tr><th>From</th><th>To</th><th>Subject</th><th>Received</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`,
    refresh,
  );
}

export function renderMessage(mail: CaughtMail): string {
  // Links open in a new tab; the sandbox keeps the mail's scripts, forms and navigation away from the inbox.
  const htmlPart =
    mail.html === null
      ? '<p>This message has no HTML part.</p>'
      : `<iframe title="HTML body" sandbox="allow-popups allow-popups-to-escape-sandbox" srcdoc="${escapeHtml(
          `<base target="_blank">${mail.html}`,
        )}"></iframe>`;
  return page(
    mail.subject || '(no subject)',
    `<dl>
<dt>From</dt><dd>${escapeHtml(mail.from)}</dd>
<dt>To</dt><dd>${escapeHtml(mail.to.join(', '))}</dd>
<dt>Envelope to</dt><dd>${escapeHtml(mail.envelope.to.join(', '))}</dd>
<dt>Subject</dt><dd>${escapeHtml(mail.subject)}</dd>
<dt>Date</dt><dd>${time(mail.date)}</dd>
</dl>
<h2>HTML</h2>
${htmlPart}
<h2>Text</h2>
<pre>${escapeHtml(mail.text)}</pre>`,
  );
}

export function renderNotFound(): string {
  return page('Not found', '<p class="empty">No such message. It may have been cleared.</p>');
}
