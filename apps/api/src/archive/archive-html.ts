import { sanitizeLandingPageHtml } from '../content/landing-page-html.js';

export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Merge fields (`{{ first_name }}`, `*|FNAME|*`, `[[name]]`) stand for a recipient: the archive shows none. */
const MERGE_FIELDS = /\{\{[^{}]{0,200}\}\}|\*\|[A-Z0-9_:]{1,100}\|\*|\[\[[^[\]]{0,200}\]\]/g;

/**
 * A campaign as the archive shows it: the HTML sent to every contact, with nothing that names one (no
 * merge field; links and images that would track or unsubscribe one person do not exist in what this
 * product sends, and nothing able to add them survives the landing-page sanitizer).
 */
export function archivedCampaignHtml(bodyHtml: string): string {
  return sanitizeLandingPageHtml(bodyHtml.replace(MERGE_FIELDS, ''));
}

export interface ArchiveEntry {
  subject: string;
  sentAt: Date;
  url: string;
  author: { name: string; url: string | null } | null;
}

export interface ArchivePage {
  title: string;
  heading: string;
  subheading?: { text: string; url: string };
  entries: ArchiveEntry[];
  search?: { q: string; action: string };
  pages: { current: number; count: number; url: (page: number) => string };
  feeds: { rss: string; atom: string };
  authors?: { name: string; url: string }[];
  empty: string;
}

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:760px;margin:2rem auto;padding:0 1rem;color:#1f2933}
a{color:#0b5cad}li{margin:.4rem 0}.meta{color:#52606d;font-size:.9rem}nav{margin:1.5rem 0}form{margin:1rem 0}
input{font:inherit;padding:.3rem}`;

const dateOf = (date: Date) => date.toISOString().slice(0, 10);

/** A list page of the archive: an account's sent campaigns, or one author's. Every text is escaped. */
export function renderArchivePage(page: ArchivePage): string {
  const items = page.entries
    .map((entry) => {
      const author = entry.author ? (entry.author.url ? ` · <a href="${escapeHtml(entry.author.url)}">${escapeHtml(entry.author.name)}</a>` : ` · ${escapeHtml(entry.author.name)}`) : '';
      return `<li><a href="${escapeHtml(entry.url)}">${escapeHtml(entry.subject)}</a><div class="meta"><time datetime="${entry.sentAt.toISOString()}">${dateOf(entry.sentAt)}</time>${author}</div></li>`;
    })
    .join('\n');
  const search = page.search
    ? `<form method="get" action="${escapeHtml(page.search.action)}" role="search"><label>Search by subject <input type="search" name="q" value="${escapeHtml(page.search.q)}" maxlength="200"></label> <button type="submit">Search</button></form>`
    : '';
  const { current, count, url } = page.pages;
  const paging = [
    current > 1 ? `<a rel="prev" href="${escapeHtml(url(current - 1))}">Newer</a>` : '',
    count > 1 ? `Page ${current} of ${count}` : '',
    current < count ? `<a rel="next" href="${escapeHtml(url(current + 1))}">Older</a>` : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const authors = page.authors?.length
    ? `<section><h2>Authors</h2><ul>${page.authors.map((author) => `<li><a href="${escapeHtml(author.url)}">${escapeHtml(author.name)}</a></li>`).join('')}</ul></section>`
    : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)}</title>
<link rel="alternate" type="application/rss+xml" title="RSS" href="${escapeHtml(page.feeds.rss)}">
<link rel="alternate" type="application/atom+xml" title="Atom" href="${escapeHtml(page.feeds.atom)}">
<style>${STYLE}</style>
</head>
<body>
<header><h1>${escapeHtml(page.heading)}</h1>${page.subheading ? `<p><a href="${escapeHtml(page.subheading.url)}">${escapeHtml(page.subheading.text)}</a></p>` : ''}
<p class="meta">Feeds: <a href="${escapeHtml(page.feeds.rss)}">RSS</a> · <a href="${escapeHtml(page.feeds.atom)}">Atom</a></p></header>
${search}
<main>${page.entries.length ? `<ol reversed>\n${items}\n</ol>` : `<p>${escapeHtml(page.empty)}</p>`}</main>
${paging ? `<nav>${paging}</nav>` : ''}
${authors}
</body>
</html>
`;
}

/** One archived campaign: its sanitized HTML in a document of its own (served sandboxed). */
export function renderArchivedCampaign(campaign: { subject: string; html: string }): string {
  return `<!doctype html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(campaign.subject)}</title>
</head>
<body>
${campaign.html}
</body>
</html>
`;
}
