import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { Database } from '@partner-portal/db';
import type { AccountContext } from '../access/account-context.js';
import { AuditRepository } from '../audit/audit.repository.js';
import { AppError } from '../common/app-error.js';
import { notFound } from '../common/id-param.js';
import type { Page, PageRequest } from '../common/paging.js';
import { assertTransition, type PublishState, stateTimestamps } from '../common/publish-state.js';
import { deleteVersioned, updateVersioned } from '../common/versioned-store.js';
import { versionConflict } from '../common/versioning.js';
import { DATABASE } from '../database/database.module.js';
import type { CreateLandingPageDto, UpdateLandingPageDto } from './dto/landing-page.dto.js';
import { type LandingPageFilter, type LandingPageRow, type LandingPageSort, type LandingPageSummary, LandingPagesRepository } from './landing-pages.repository.js';
import { LANDING_PAGE_HTML_POLICY, sanitizeLandingPageHtml } from './landing-page-html.js';
import { isSlug, slugify } from './slug.js';
import { isUniqueViolation } from '../common/prisma-errors.js';

const NOT_FOUND: [string, string] = ['LANDING_PAGE_NOT_FOUND', 'landing page'];

/** The body as stored: cleaned to the landing page allow-list, and marked with the policy that cleaned it. */
const cleanBody = (bodyHtml: string) => ({ bodyHtml: sanitizeLandingPageHtml(bodyHtml), htmlPolicy: LANDING_PAGE_HTML_POLICY });

const slugTaken = (slug: string) => new AppError(HttpStatus.CONFLICT, 'SLUG_TAKEN', `The address "${slug}" is already used by another page; choose another slug.`);

/** Landing pages: drafts edited under If-Match, published at a slug that is unique across every account. */
@Injectable()
export class LandingPagesService {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    private readonly pages: LandingPagesRepository,
    private readonly audit: AuditRepository,
  ) {}

  list(context: AccountContext, request: PageRequest<LandingPageSort, LandingPageFilter>): Promise<Page<LandingPageSummary>> {
    return this.pages.page(context.account.id, request);
  }

  async get(context: AccountContext, id: string): Promise<LandingPageRow> {
    const page = await this.pages.find(context.account.id, id);
    if (!page) throw notFound(...NOT_FOUND);
    return page;
  }

  async create(context: AccountContext, actorId: string, input: CreateLandingPageDto): Promise<LandingPageRow> {
    const slug = input.slug ?? slugify(input.title);
    if (!isSlug(slug)) {
      throw new AppError(HttpStatus.BAD_REQUEST, 'SLUG_REQUIRED', 'The title has no letters or digits to make an address from; send a slug.');
    }
    const accountId = context.account.id;
    return this.mapSlugConflict(slug, () =>
      this.db.$transaction(async (tx) => {
        const page = await this.pages.create(tx, { accountId, title: input.title, slug, ...cleanBody(input.bodyHtml ?? '') });
        await this.audit.record({ accountId, actorUserId: actorId, action: 'landing-page.created', targetType: 'landing-page', targetId: page.id, data: { slug } }, tx);
        return page;
      }),
    );
  }

  async update(context: AccountContext, actorId: string, id: string, version: number, changes: UpdateLandingPageDto): Promise<LandingPageRow> {
    const { bodyHtml, ...rest } = changes;
    const data = { ...Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined)), ...(bodyHtml === undefined ? {} : cleanBody(bodyHtml)) };
    if (Object.keys(data).length === 0) throw new AppError(HttpStatus.BAD_REQUEST, 'NOTHING_TO_UPDATE', 'Send title, slug, bodyHtml or several of them.');
    const accountId = context.account.id;
    return this.mapSlugConflict(changes.slug, () =>
      this.db.$transaction(async (tx) => {
        const page = await updateVersioned(tx.landingPage, { where: { accountId, id }, version, notFound: NOT_FOUND }, data);
        await this.audit.record(
          { accountId, actorUserId: actorId, action: 'landing-page.updated', targetType: 'landing-page', targetId: id, data: { changed: Object.keys(data).filter((key) => key !== 'htmlPolicy') } },
          tx,
        );
        return page;
      }),
    );
  }

  publish(context: AccountContext, actorId: string, id: string, version: number) {
    return this.moveTo(context, actorId, id, version, 'PUBLISHED');
  }

  unpublish(context: AccountContext, actorId: string, id: string, version: number) {
    return this.moveTo(context, actorId, id, version, 'UNPUBLISHED');
  }

  async remove(context: AccountContext, actorId: string, id: string, version: number): Promise<void> {
    const accountId = context.account.id;
    await this.db.$transaction(async (tx) => {
      await deleteVersioned(tx.landingPage, { where: { accountId, id }, version, notFound: NOT_FOUND });
      await this.audit.record({ accountId, actorUserId: actorId, action: 'landing-page.deleted', targetType: 'landing-page', targetId: id }, tx);
    });
  }

  /** A stale If-Match is a 412 before the state machine is even asked, so the caller sees what changed. */
  private async moveTo(context: AccountContext, actorId: string, id: string, version: number, to: PublishState): Promise<LandingPageRow> {
    const accountId = context.account.id;
    return this.db.$transaction(async (tx) => {
      const current = await this.pages.find(accountId, id, tx);
      if (!current) throw notFound(...NOT_FOUND);
      if (current.version !== version) throw versionConflict(current);
      assertTransition(current.state, to);
      const { state, publishedAt } = stateTimestamps(to, null);
      const page = await updateVersioned(tx.landingPage, { where: { accountId, id }, version, notFound: NOT_FOUND }, { state, ...(publishedAt ? { publishedAt } : {}) });
      await this.audit.record(
        { accountId, actorUserId: actorId, action: `landing-page.${to.toLowerCase()}`, targetType: 'landing-page', targetId: id, data: { from: current.state, slug: page.slug } },
        tx,
      );
      return page;
    });
  }

  private async mapSlugConflict<T>(slug: string | undefined, write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (slug !== undefined && isUniqueViolation(error)) throw slugTaken(slug);
      throw error;
    }
  }
}
