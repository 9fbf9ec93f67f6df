// With PUBLIC_PAGES_URL set, landing pages live on an origin of their own and only there: the API and
// the portal are not served at that address, and the portal's address for a page redirects to it. An
// account's HTML then shares no origin with the portal: whatever a page could do (were the sanitizer
// and the sandbox both defeated) it could not read the portal's storage or call the API as its user.
import type { NextFunction, Request, Response } from 'express';

const PORTAL_PATH = /^\/api\/public\/pages\/([^/]+)\/?$/;
const PAGES_PATH = /^\/p\/([^/]+)\/?$/;

export function publicPagesOrigin(publicPagesUrl: string) {
  const origin = new URL(publicPagesUrl);
  const pagesHost = origin.host.toLowerCase();
  const pageUrl = (slug: string) => new URL(`/p/${slug}`, origin).href;

  return (req: Request, res: Response, next: NextFunction) => {
    const reading = req.method === 'GET' || req.method === 'HEAD';
    if (req.host?.toLowerCase() === pagesHost) {
      const page = reading ? PAGES_PATH.exec(req.path) : null;
      if (!page) {
        res.status(404).json({ statusCode: 404, code: 'NOT_FOUND', message: 'Only published landing pages are served at this address: /p/<slug>.' });
        return;
      }
      req.url = `/api/public/pages/${page[1]}`;
      return next();
    }
    const page = reading ? PORTAL_PATH.exec(req.path) : null;
    if (page) {
      res.redirect(308, pageUrl(page[1]!));
      return;
    }
    next();
  };
}
