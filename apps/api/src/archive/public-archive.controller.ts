import { createHash } from 'node:crypto';
import { Controller, Get, HttpStatus, Param, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../access/route-access.decorator.js';
import { AppError } from '../common/app-error.js';
import { LANDING_PAGE_CSP } from '../content/public-pages.controller.js';
import { isSlug } from '../content/slug.js';
import { ApiErrors } from '../openapi/responses.js';
import { FEED_TYPES, type FeedFormat } from './archive-feeds.js';
import { ArchiveService } from './archive.service.js';

/** The archive's own lists: our HTML with every text escaped; a search form posts back to itself. */
const LIST_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data: https:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

const HTML = { 'text/html': { schema: { type: 'string', maxLength: 5_000_000 } } } as const;
const FEED = { schema: { type: 'string', maxLength: 50_000_000 } } as const;
const NOT_FOUND = 'ARCHIVE_NOT_FOUND: no archive at this address, or it is off; ARCHIVE_PAGE_NOT_FOUND: no such author, campaign or page number';
const CACHING = {
  ETag: { description: 'Of the content; If-None-Match with it answers 304', required: true, schema: { type: 'string', maxLength: 64 } },
  'Cache-Control': { description: 'public, no-cache: kept, and asked again each time, so unlisting shows on the next request', required: true, schema: { type: 'string', maxLength: 64 } },
} as const;

const notFound = () => new AppError(HttpStatus.NOT_FOUND, 'ARCHIVE_PAGE_NOT_FOUND', 'There is no such page in this newsletter archive.');

function slugParam(value: string): string {
  if (!isSlug(value)) throw notFound();
  return value;
}

function pageParam(value: string | undefined): number {
  if (value === undefined || value === '') return 1;
  const page = Number(value);
  if (!Number.isInteger(page) || page < 1 || page > 10_000) throw new AppError(HttpStatus.BAD_REQUEST, 'INVALID_PAGE', 'page must be a whole number from 1.');
  return page;
}

function queryText(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value !== 'string' || value.length > 200) throw new AppError(HttpStatus.BAD_REQUEST, 'INVALID_QUERY', 'q must be text of at most 200 characters.');
  return value;
}

/**
 * Answers with caching headers: an ETag of the content and `no-cache`, so a reader's copy is asked about
 * again every time (304 while unchanged) and an unlisted campaign is gone on the next request.
 */
function cached(req: Request, res: Response, body: string, type: string, csp?: string): string | undefined {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
  res.setHeader('ETag', etag);
  res.setHeader('Cache-Control', 'public, no-cache');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  if (csp) res.setHeader('Content-Security-Policy', csp);
  const asked = req.headers['if-none-match'];
  if (asked && asked.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) {
    res.status(HttpStatus.NOT_MODIFIED);
    return undefined;
  }
  res.setHeader('Content-Type', type);
  return body;
}

const NOT_MODIFIED = { status: 304, description: 'Unchanged since the ETag given in If-None-Match' } as const;
const ON_PAGES_ORIGIN = {
  status: 308,
  description: 'With PUBLIC_PAGES_URL set (content/public-pages-origin.ts): the archive lives on that origin only, at /archive/...',
  headers: { Location: { description: 'The same address on the pages origin', required: true, schema: { type: 'string', format: 'uri', maxLength: 16_384 + 512 } } },
} as const;

/** The public newsletter archive: an account's sent campaigns, each author's, and their feeds. */
@ApiTags('archive')
@Controller('public/archive')
export class PublicArchiveController {
  constructor(private readonly archive: ArchiveService) {}

  @Public()
  @Get(':archiveSlug')
  @ApiOperation({ summary: "An account's newsletter archive: its sent campaigns, newest first, searchable by subject, 20 a page" })
  @ApiQuery({ name: 'q', required: false, schema: { type: 'string', maxLength: 200 } })
  @ApiQuery({ name: 'page', required: false, schema: { type: 'integer', format: 'int32', minimum: 1, maximum: 10_000 } })
  @ApiOkResponse({ description: 'The page', content: HTML, headers: CACHING })
  @ApiResponse(NOT_MODIFIED)
  @ApiResponse(ON_PAGES_ORIGIN)
  @ApiErrors({ 400: 'INVALID_PAGE; INVALID_QUERY', 404: NOT_FOUND })
  async account(@Param('archiveSlug') slug: string, @Query('q') q: unknown, @Query('page') page: string | undefined, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const html = await this.archive.accountPage(slugParam(slug), { q: queryText(q), page: pageParam(page) });
    return cached(req, res, html, 'text/html; charset=utf-8', LIST_CSP);
  }

  @Public()
  @Get(':archiveSlug/feed.rss')
  @ApiOperation({ summary: "The account's archive as an RSS 2.0 feed: its 50 newest campaigns" })
  @ApiOkResponse({ description: 'The feed', content: { 'application/rss+xml': FEED }, headers: CACHING })
  @ApiResponse(NOT_MODIFIED)
  @ApiResponse(ON_PAGES_ORIGIN)
  @ApiErrors({ 404: NOT_FOUND })
  accountRss(@Param('archiveSlug') slug: string, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    return this.feed(req, res, 'rss', slug);
  }

  @Public()
  @Get(':archiveSlug/feed.atom')
  @ApiOperation({ summary: "The account's archive as an Atom 1.0 feed: its 50 newest campaigns" })
  @ApiOkResponse({ description: 'The feed', content: { 'application/atom+xml': FEED }, headers: CACHING })
  @ApiResponse(NOT_MODIFIED)
  @ApiResponse(ON_PAGES_ORIGIN)
  @ApiErrors({ 404: NOT_FOUND })
  accountAtom(@Param('archiveSlug') slug: string, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    return this.feed(req, res, 'atom', slug);
  }

  @Public()
  @Get(':archiveSlug/authors/:authorSlug')
  @ApiOperation({ summary: "One author's newsletters in the account's archive, newest first" })
  @ApiQuery({ name: 'page', required: false, schema: { type: 'integer', format: 'int32', minimum: 1, maximum: 10_000 } })
  @ApiOkResponse({ description: 'The page', content: HTML, headers: CACHING })
  @ApiResponse(NOT_MODIFIED)
  @ApiResponse(ON_PAGES_ORIGIN)
  @ApiErrors({ 400: 'INVALID_PAGE', 404: NOT_FOUND })
  async author(@Param('archiveSlug') slug: string, @Param('authorSlug') authorSlug: string, @Query('page') page: string | undefined, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const html = await this.archive.authorPage(slugParam(slug), slugParam(authorSlug), { page: pageParam(page) });
    return cached(req, res, html, 'text/html; charset=utf-8', LIST_CSP);
  }

  @Public()
  @Get(':archiveSlug/authors/:authorSlug/feed.rss')
  @ApiOperation({ summary: "One author's newsletters as an RSS 2.0 feed" })
  @ApiOkResponse({ description: 'The feed', content: { 'application/rss+xml': FEED }, headers: CACHING })
  @ApiResponse(NOT_MODIFIED)
  @ApiResponse(ON_PAGES_ORIGIN)
  @ApiErrors({ 404: NOT_FOUND })
  authorRss(@Param('archiveSlug') slug: string, @Param('authorSlug') authorSlug: string, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    return this.feed(req, res, 'rss', slug, authorSlug);
  }

  @Public()
  @Get(':archiveSlug/authors/:authorSlug/feed.atom')
  @ApiOperation({ summary: "One author's newsletters as an Atom 1.0 feed" })
  @ApiOkResponse({ description: 'The feed', content: { 'application/atom+xml': FEED }, headers: CACHING })
  @ApiResponse(NOT_MODIFIED)
  @ApiResponse(ON_PAGES_ORIGIN)
  @ApiErrors({ 404: NOT_FOUND })
  authorAtom(@Param('archiveSlug') slug: string, @Param('authorSlug') authorSlug: string, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    return this.feed(req, res, 'atom', slug, authorSlug);
  }

  @Public()
  @Get(':archiveSlug/campaigns/:campaignSlug')
  @ApiOperation({ summary: 'One archived campaign as sent, without any recipient data; an HTML document in which no script can run' })
  @ApiOkResponse({ description: 'The campaign', content: HTML, headers: CACHING })
  @ApiResponse(NOT_MODIFIED)
  @ApiResponse(ON_PAGES_ORIGIN)
  @ApiErrors({ 404: NOT_FOUND })
  async campaign(@Param('archiveSlug') slug: string, @Param('campaignSlug') campaignSlug: string, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const html = await this.archive.campaignPage(slugParam(slug), slugParam(campaignSlug));
    return cached(req, res, html, 'text/html; charset=utf-8', LANDING_PAGE_CSP);
  }

  private async feed(req: Request, res: Response, format: FeedFormat, slug: string, authorSlug?: string) {
    const xml = await this.archive.feed(slugParam(slug), format, authorSlug === undefined ? undefined : slugParam(authorSlug));
    return cached(req, res, xml, FEED_TYPES[format]);
  }
}
