import { Controller, Get, HttpStatus, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../access/route-access.decorator.js';
import { AppError } from '../common/app-error.js';
import { ApiErrors } from '../openapi/responses.js';
import { STORED_BODY_HTML_MAX } from './dto/content-responses.dto.js';
import { TITLE_MAX } from './dto/landing-page.dto.js';
import { LANDING_PAGE_HTML_POLICY, sanitizeLandingPageHtml } from './landing-page-html.js';
import { LandingPagesRepository } from './landing-pages.repository.js';
import { isSlug } from './slug.js';

/**
 * Whatever HTML a page holds, nothing in it may run or act for the portal's origin: no scripts, plugins
 * or frames, images and inline styles only; sandboxed (a unique origin: no cookies, storage or
 * same-origin requests), no form may post anywhere, no <base>, and no framing of the page itself.
 */
export const LANDING_PAGE_CSP =
  "default-src 'none'; img-src 'self' data: https:; style-src 'unsafe-inline'; sandbox; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The document around the page's HTML, with its title escaped (a character becomes at most six). */
const DOCUMENT_MAX = STORED_BODY_HTML_MAX + 6 * TITLE_MAX + 1_000;

/** The absolute address of the page on PUBLIC_PAGES_URL; the slug comes from a request line, which Node bounds at 16 KB. */
const REDIRECT_LOCATION = { type: 'string', format: 'uri', maxLength: 16_384 + 512 } as const;

const pageNotFound = () => new AppError(HttpStatus.NOT_FOUND, 'PAGE_NOT_FOUND', 'There is no published page at this address.');

@ApiTags('landing-pages')
@Controller('public/pages')
export class PublicPagesController {
  constructor(private readonly pages: LandingPagesRepository) {}

  @Public()
  @Get(':slug')
  @ApiOperation({ summary: 'A published landing page, as an HTML document in which no script can run' })
  // The HTML is described on the 200 alone: @ApiProduces would label the JSON errors as HTML too.
  @ApiOkResponse({ description: 'The page', content: { 'text/html': { schema: { type: 'string', maxLength: DOCUMENT_MAX } } } })
  @ApiResponse({
    status: 308,
    description: 'With PUBLIC_PAGES_URL set (public-pages-origin.ts): the page lives on that origin only, at /p/<slug>',
    headers: { Location: { description: 'The page on its own origin', required: true, schema: REDIRECT_LOCATION } },
  })
  @ApiErrors({ 404: 'PAGE_NOT_FOUND: no such slug, or the page is not published; NOT_FOUND: on the PUBLIC_PAGES_URL origin, any address but /p/<slug>' })
  async show(@Param('slug') slug: string, @Res({ passthrough: true }) res: Response): Promise<string> {
    if (!isSlug(slug)) throw pageNotFound();
    const page = await this.pages.findPublished(slug);
    if (!page) throw pageNotFound();
    // Set here rather than with @Header, which would also label the JSON of a 404 as HTML.
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Content-Security-Policy', LANDING_PAGE_CSP);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    const title = escapeHtml(page.title);
    // A page stored before its policy was cleaned by none: clean it now, until the backfill has run.
    const body = page.htmlPolicy >= LANDING_PAGE_HTML_POLICY ? page.bodyHtml : sanitizeLandingPageHtml(page.bodyHtml);
    return `<!doctype html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
</head>
<body>
${body}
</body>
</html>
`;
  }
}
