import type { AppConfig } from '../config/config.js';

/**
 * Where the archive's public pages are: on PUBLIC_PAGES_URL at /archive/... when it is set (the
 * origin landing pages have to themselves), else beside the API at /api/public/archive/...
 */
export class ArchiveUrls {
  private readonly root: string;

  constructor(config: Pick<AppConfig, 'PUBLIC_PAGES_URL' | 'PORTAL_URL'>) {
    this.root = config.PUBLIC_PAGES_URL ? new URL('/archive/', config.PUBLIC_PAGES_URL).href : new URL('/api/public/archive/', config.PORTAL_URL).href;
  }

  account(slug: string, query: { q?: string; page?: number } = {}): string {
    return this.withQuery(`${this.root}${slug}`, query);
  }

  author(slug: string, authorSlug: string, query: { page?: number } = {}): string {
    return this.withQuery(`${this.root}${slug}/authors/${authorSlug}`, query);
  }

  campaign(slug: string, campaignSlug: string): string {
    return `${this.root}${slug}/campaigns/${campaignSlug}`;
  }

  feeds(slug: string, authorSlug?: string): { rss: string; atom: string } {
    const base = authorSlug ? `${this.root}${slug}/authors/${authorSlug}` : `${this.root}${slug}`;
    return { rss: `${base}/feed.rss`, atom: `${base}/feed.atom` };
  }

  private withQuery(url: string, { q, page }: { q?: string; page?: number }): string {
    const query = new URLSearchParams();
    if (q) query.set('q', q);
    if (page && page > 1) query.set('page', String(page));
    const text = query.toString();
    return text ? `${url}?${text}` : url;
  }
}
