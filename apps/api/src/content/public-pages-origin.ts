// With PUBLIC_PAGES_URL set, landing pages live on an origin of their own and only there: the API and
// the portal are not served at that address, and the portal's address for a page redirects to it. An
// account's HTML then shares no origin with the portal: whatever a page could do (were the sanitizer
// and the sandbox both defeated) it could not read the portal's storage or call the API as its user.
import type { NextFunction, Request, Response } from 'express';

const PORTAL_PATH = /^\/api\/public\/pages\/([^/]+)\/?$/;
const PAGES_PATH = /^\/p\/([^/]+)\/?$/;
// The newsletter archive (apps/api/src/archive) lives there too, at /archive/...
const PORTAL_ARCHIVE_PATH = /^\/api\/public\/archive(\/.+)$/;
const PAGES_ARCHIVE_PATH = /^\/archive(\/.+)$/;

const search = (url: string) => {
  const start = url.indexOf('?');
  return start === -1 ? '' : url.slice(start);
};

export function publicPagesOrigin(publicPagesUrl: string) {
  const origin = new URL(publicPagesUrl);
  const pagesHost = origin.host.toLowerCase();
  const pageUrl = (slug: string) => new URL(`/p/${slug}`, origin).href;

  return (req: Request, res: Response, next: NextFunction) => {
    const reading = req.method === 'GET' || req.method === 'HEAD';
    if (req.host?.toLowerCase() === pagesHost) {
      const page = reading ? PAGES_PATH.exec(req.path) : null;
      const archive = reading ? PAGES_ARCHIVE_PATH.exec(req.path) : null;
      if (!page && !archive) {
        res.status(404).json({ statusCode: 404, code: 'NOT_FOUND', message: 'Only published landing pages (/p/<slug>) and newsletter archives (/archive/<slug>) are served at this address.' });
        return;
      }
      req.url = page ? `/api/public/pages/${page[1]}` : `/api/public/archive${archive![1]}${search(req.url)}`;
      return next();
    }
    const page = reading ? PORTAL_PATH.exec(req.path) : null;
    if (page) {
      res.redirect(308, pageUrl(page[1]!));
      return;
    }
    const archive = reading ? PORTAL_ARCHIVE_PATH.exec(req.path) : null;
    if (archive) {
      res.redirect(308, new URL(`/archive${archive[1]}${search(req.url)}`, origin).href);
      return;
    }
    next();
  };
}
