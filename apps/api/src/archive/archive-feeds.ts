import { Feed } from 'feed';

export interface FeedSource {
  title: string;
  /** The archive page the feed follows. */
  link: string;
  feedLinks: { rss: string; atom: string };
  items: { subject: string; url: string; sentAt: Date; author: string | null; html: string }[];
}

export type FeedFormat = 'rss' | 'atom';

export const FEED_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
};

/** RSS 2.0 or Atom 1.0 of an archive page's campaigns, newest first (the `feed` package writes the XML). */
export function renderFeed(source: FeedSource, format: FeedFormat): string {
  const feed = new Feed({
    title: source.title,
    id: source.link,
    link: source.link,
    copyright: '',
    updated: source.items[0]?.sentAt ?? new Date(0),
    feedLinks: source.feedLinks,
    generator: 'Partner Portal newsletter archive',
  });
  for (const item of source.items) {
    feed.addItem({
      title: item.subject,
      id: item.url,
      link: item.url,
      date: item.sentAt,
      content: item.html,
      ...(item.author ? { author: [{ name: item.author }] } : {}),
    });
  }
  return format === 'rss' ? feed.rss2() : feed.atom1();
}
