import { HttpStatus, Injectable } from '@nestjs/common';
import { materializeRecipients, tenancy } from '@partner-portal/db';
import { campaignTestSendOutbox, type OutboxTopic } from '@partner-portal/jobs';
import type { AccountContext } from '../access/account-context.js';
import { AuditRepository } from '../audit/audit.repository.js';
import { AppError } from '../common/app-error.js';
import { notFound } from '../common/id-param.js';
import type { PageRequest } from '../common/paging.js';
import { deleteVersioned, updateVersioned } from '../common/versioned-store.js';
import { versionConflict } from '../common/versioning.js';
import { ListAccessReader } from '../list-access/list-access.reader.js';
import { assertSendable } from './campaign-targets.js';
import {
  CAMPAIGN_NOT_FOUND,
  type CampaignFields,
  type CampaignFilter,
  type CampaignRow,
  type CampaignSort,
  CampaignsRepository,
  campaignView,
  type CampaignView,
  type RecipientFilter,
  type RecipientSort,
  type Tx,
} from './campaigns.repository.js';
import { assignArchiveAddress } from '../archive/archive-addresses.js';
import type { CreateCampaignDto, SendCampaignDto, TestSendDto, UpdateCampaignDto } from './dto/campaign.dto.js';

const YEAR_MS = 365 * 24 * 3600 * 1000;
const SENDING_TOPIC: OutboxTopic = 'campaign.sending';
const TEST_SEND_TOPIC: OutboxTopic = 'campaign.test-send';

const campaignSending = () =>
  new AppError(HttpStatus.CONFLICT, 'CAMPAIGN_SENDING', 'This campaign is being sent; wait until it is sent before changing it.');

const cannotMove = (from: string, what: string) =>
  new AppError(HttpStatus.CONFLICT, 'INVALID_STATE_TRANSITION', `A ${from.toLowerCase()} campaign cannot be ${what}.`);

/** Drafts, edits, sending and scheduling of campaigns: the rules, the transactions and their audit. */
@Injectable()
export class CampaignsService {
  constructor(
    private readonly campaigns: CampaignsRepository,
    private readonly audit: AuditRepository,
    private readonly listAccess: ListAccessReader,
  ) {}

  private get db() {
    return this.campaigns.db;
  }

  list(context: AccountContext, request: PageRequest<CampaignSort, CampaignFilter>) {
    return this.campaigns.page(context.account.id, request);
  }

  async get(context: AccountContext, id: string): Promise<CampaignView> {
    return campaignView(await this.campaigns.get(context.account.id, id));
  }

  async create(context: AccountContext, actorUserId: string, dto: CreateCampaignDto): Promise<CampaignView> {
    const accountId = context.account.id;
    const { listIds, ...fields } = dto;
    if (listIds?.length) assertSendable(await this.listAccess.forCaller(context, actorUserId), { named: listIds });
    return this.db.$transaction(async (tx) => {
      const created = await tx.campaign.create({ data: { ...fields, bodyText: fields.bodyText ?? null, accountId, createdById: actorUserId } });
      if (listIds?.length) await this.campaigns.setLists(tx, accountId, created.id, listIds);
      await this.audit.record(
        { accountId, actorUserId, action: 'campaign.created', targetType: 'campaign', targetId: created.id, data: { name: created.name, listIds: listIds ?? [] } },
        tx,
      );
      return campaignView(await this.campaigns.get(accountId, created.id, tx));
    });
  }

  /**
   * A draft is edited with campaigns.create (the route's action); a scheduled or sent one also needs
   * campaigns.edit-published. While it is being sent nothing changes.
   */
  async update(context: AccountContext, actorUserId: string, id: string, version: number, dto: UpdateCampaignDto): Promise<CampaignView> {
    const accountId = context.account.id;
    const { listIds, ...fields } = dto;
    const sent = Object.keys(dto).filter((field) => dto[field as keyof UpdateCampaignDto] !== undefined).sort();
    if (listIds) return this.updateWithLists(context, actorUserId, id, version, { fields, listIds, sent });
    // The fields alone: one statement, which writes only what editable() below would allow.
    const mayEditPublished = context.can('campaigns.edit-published');
    const edited = await this.campaigns.editAt(accountId, id, version, fields, { actorUserId, mayEditPublished, sent });
    if (edited) return campaignView(edited);
    const current = this.editable(context, await this.campaigns.find(accountId, id), version, { listsChange: false });
    throw versionConflict(campaignView(current)); // Editable when read again: it changed in between.
  }

  /** An edit that replaces the lists too: they are checked and written in the transaction that reads the campaign. */
  private updateWithLists(
    context: AccountContext,
    actorUserId: string,
    id: string,
    version: number,
    { fields, listIds, sent }: { fields: CampaignFields; listIds: string[]; sent: string[] },
  ): Promise<CampaignView> {
    const accountId = context.account.id;
    return this.db.$transaction(async (tx) => {
      const current = this.editable(context, await this.campaigns.find(accountId, id, tx), version, { listsChange: true });
      await this.assertListsMayChange(context, actorUserId, current, listIds, tx);
      await this.audit.record(
        { accountId, actorUserId, action: 'campaign.updated', targetType: 'campaign', targetId: id, data: { status: current.status, fields: sent } },
        tx,
      );
      await updateVersioned(tx.campaign, { where: { accountId, id }, version, notFound: CAMPAIGN_NOT_FOUND }, fields);
      await this.campaigns.setLists(tx, accountId, id, listIds);
      return campaignView(await this.campaigns.get(accountId, id, tx));
    });
  }

  /** Why a campaign as read now may not take the caller's edit (404, 412, 403 or 409), or the campaign if it may. */
  private editable(context: AccountContext, found: CampaignRow | null, version: number, { listsChange }: { listsChange: boolean }): CampaignRow {
    const current = atVersion(found, version);
    if (current.status !== 'DRAFT' && !context.can('campaigns.edit-published')) {
      throw new AppError(
        HttpStatus.FORBIDDEN,
        'FORBIDDEN',
        `This campaign is ${current.status.toLowerCase()}: editing it needs campaigns.edit-published, which your role does not have here.`,
      );
    }
    if (current.status === 'SENDING') throw campaignSending();
    if (listsChange && current.status === 'SENT') {
      throw new AppError(HttpStatus.CONFLICT, 'CAMPAIGN_ALREADY_SENT', 'The recipients of a sent campaign are fixed; its lists cannot change.');
    }
    return current;
  }

  async remove(context: AccountContext, actorUserId: string, id: string, version: number): Promise<void> {
    const accountId = context.account.id;
    const current = await this.readAt(accountId, id, version);
    if (current.status === 'SENDING') throw campaignSending();
    await this.db.$transaction(async (tx) => {
      await deleteVersioned(tx.campaign, { where: { accountId, id }, version, notFound: CAMPAIGN_NOT_FOUND });
      await this.audit.record(
        { accountId, actorUserId, action: 'campaign.deleted', targetType: 'campaign', targetId: id, data: { name: current.name, status: current.status } },
        tx,
      );
    });
  }

  /**
   * Sends now or schedules a draft (or reschedules a scheduled campaign). Sending now fixes the
   * recipients and writes the outbox row for the worker in the same transaction as the status change.
   * A member restricted to chosen lists sends only to lists it holds at SEND or MANAGE.
   */
  async send(context: AccountContext, actorUserId: string, id: string, version: number, dto: SendCampaignDto): Promise<CampaignView> {
    const accountId = context.account.id;
    const scheduledAt = dto.scheduledAt === undefined ? null : parseScheduledAt(dto.scheduledAt);
    const current = await this.readAt(accountId, id, version);
    if (current.status !== 'DRAFT' && current.status !== 'SCHEDULED') throw cannotMove(current.status, scheduledAt ? 'scheduled' : 'sent');
    if (dto.listIds) await this.assertListsMayChange(context, actorUserId, current, dto.listIds);

    const transition = (tx: Tx) => this.sendOrSchedule(tx, context, actorUserId, id, version, dto, scheduledAt);
    if (scheduledAt) return this.db.$transaction(transition);
    // The campaign delivery path. Sending now fixes the recipients from the real members of the lists,
    // which a member restricted to SEND may target but never see; row-level security restricts a member
    // only while the scope names its user. So this one transaction runs in the account's scope alone,
    // as the worker does for scheduled campaigns: the lists were checked above, and are checked again
    // inside it once they are final.
    return tenancy.run({ accountId }, () => this.db.$transaction(transition));
  }

  private async sendOrSchedule(
    tx: Tx,
    context: AccountContext,
    actorUserId: string,
    id: string,
    version: number,
    dto: SendCampaignDto,
    scheduledAt: Date | null,
  ): Promise<CampaignView> {
    const accountId = context.account.id;
    const campaign = await tx.campaign.findFirst({ where: { accountId, id }, select: { accountId: true, id: true, subject: true, archiveSlug: true } });
    const sender = await tx.user.findUnique({ where: { id: actorUserId }, select: { id: true, name: true, email: true } });
    const archive = campaign && sender ? await assignArchiveAddress(tx, campaign, sender) : {};
    const data = scheduledAt
      ? { status: 'SCHEDULED' as const, scheduledAt, sendStartedAt: null, ...archive }
      : { status: 'SENDING' as const, scheduledAt: null, sendStartedAt: new Date(), ...archive };
    await updateVersioned(tx.campaign, { where: { accountId, id }, version, notFound: CAMPAIGN_NOT_FOUND }, data);
    if (dto.listIds) await this.campaigns.setLists(tx, accountId, id, dto.listIds);
    if ((await this.campaigns.countLists(tx, accountId, id)) === 0) {
      throw new AppError(HttpStatus.BAD_REQUEST, 'NO_LISTS', 'Choose at least one list to send this campaign to.');
    }
    const listIds = (await this.campaigns.get(accountId, id, tx)).lists.map((list) => list.listId);
    assertSendable(await this.listAccess.forCaller(context, actorUserId, tx), { kept: listIds });
    if (scheduledAt) {
      await this.audit.record(
        { accountId, actorUserId, action: 'campaign.scheduled', targetType: 'campaign', targetId: id, data: { scheduledAt: scheduledAt.toISOString(), listIds } },
        tx,
      );
    } else {
      const recipientCount = await materializeRecipients(tx, accountId, id);
      await tx.outboxMessage.create({ data: { accountId, topic: SENDING_TOPIC, payload: { v: 1, campaignId: id, accountId } } });
      await this.audit.record(
        { accountId, actorUserId, action: 'campaign.sending-started', targetType: 'campaign', targetId: id, data: { recipientCount, listIds } },
        tx,
      );
    }
    return campaignView(await this.campaigns.get(accountId, id, tx));
  }

  async unschedule(context: AccountContext, actorUserId: string, id: string, version: number): Promise<CampaignView> {
    const accountId = context.account.id;
    const current = await this.readAt(accountId, id, version);
    if (current.status !== 'SCHEDULED') throw cannotMove(current.status, 'unscheduled');
    return this.db.$transaction(async (tx) => {
      await updateVersioned(tx.campaign, { where: { accountId, id }, version, notFound: CAMPAIGN_NOT_FOUND }, { status: 'DRAFT', scheduledAt: null });
      await this.audit.record(
        { accountId, actorUserId, action: 'campaign.unscheduled', targetType: 'campaign', targetId: id, data: { scheduledAt: current.scheduledAt?.toISOString() ?? null } },
        tx,
      );
      return campaignView(await this.campaigns.get(accountId, id, tx));
    });
  }

  /** Queues the campaign as it is for the test addresses; the worker sends it with "[Test]" before the subject. */
  async testSend(context: AccountContext, actorUserId: string, id: string, dto: TestSendDto) {
    const accountId = context.account.id;
    const payload = campaignTestSendOutbox.safeParse({ v: 1, campaignId: id, accountId, to: dto.to });
    if (!payload.success) throw new AppError(HttpStatus.BAD_REQUEST, 'INVALID_TEST_RECIPIENTS', 'to must hold one to five email addresses.');
    await this.campaigns.get(accountId, id);
    await this.db.$transaction(async (tx) => {
      await tx.outboxMessage.create({ data: { accountId, topic: TEST_SEND_TOPIC, payload: payload.data } });
      await this.audit.record(
        { accountId, actorUserId, action: 'campaign.test-send-requested', targetType: 'campaign', targetId: id, data: { to: dto.to } },
        tx,
      );
    });
    return { campaignId: id, to: dto.to, status: 'QUEUED' as const };
  }

  /**
   * The campaign's own counters, which the worker keeps with each recipient it marks: the same totals
   * for every caller, where counting recipient rows would give a member restricted to chosen lists
   * only the recipients it may see (as the per-recipient details do).
   */
  async report(context: AccountContext, id: string) {
    const campaign = await this.campaigns.get(context.account.id, id);
    return {
      campaignId: campaign.id,
      name: campaign.name,
      status: campaign.status,
      recipientCount: campaign.recipientCount,
      sent: campaign.sentCount,
      failed: campaign.failedCount,
      pending: Math.max(0, campaign.recipientCount - campaign.sentCount - campaign.failedCount),
      scheduledAt: campaign.scheduledAt,
      sendStartedAt: campaign.sendStartedAt,
      sentAt: campaign.sentAt,
    };
  }

  async recipients(context: AccountContext, id: string, request: PageRequest<RecipientSort, RecipientFilter>) {
    await this.campaigns.get(context.account.id, id);
    return this.campaigns.recipientsPage(context.account.id, id, request);
  }

  /** Replacing a campaign's lists: the new ones, and the ones it drops, must all be lists the caller may send to. */
  private async assertListsMayChange(context: AccountContext, actorUserId: string, current: CampaignRow, listIds: readonly string[], tx?: Tx) {
    if (!context.listRestricted) return;
    assertSendable(await this.listAccess.forCaller(context, actorUserId, tx), { named: listIds, kept: current.lists.map((list) => list.listId) });
  }

  /** The campaign as the caller read it, read now (atVersion). */
  private async readAt(accountId: string, id: string, version: number): Promise<CampaignRow> {
    return atVersion(await this.campaigns.find(accountId, id), version);
  }
}

/** The campaign if it is there at `version`: 404 if gone, 412 with the current one if it moved on. */
function atVersion(current: CampaignRow | null, version: number): CampaignRow {
  if (!current) throw notFound(...CAMPAIGN_NOT_FOUND);
  if (current.version !== version) throw versionConflict(campaignView(current));
  return current;
}

function parseScheduledAt(value: string): Date {
  const at = new Date(value);
  const now = Date.now();
  if (Number.isNaN(at.getTime()) || at.getTime() <= now || at.getTime() > now + YEAR_MS) {
    throw new AppError(HttpStatus.BAD_REQUEST, 'INVALID_SCHEDULED_AT', 'scheduledAt must be in the future and at most a year ahead.');
  }
  return at;
}
