import { HttpStatus, Injectable } from '@nestjs/common';
import type { AccountContext } from '../access/account-context.js';
import { AuditRepository } from '../audit/audit.repository.js';
import { AppError } from '../common/app-error.js';
import { notFound } from '../common/id-param.js';
import type { PageRequest } from '../common/paging.js';
import { deleteVersioned, updateVersioned } from '../common/versioned-store.js';
import { versionConflict } from '../common/versioning.js';
import { listNotSendable } from '../list-access/caller-list-access.js';
import { ListAccessReader } from '../list-access/list-access.reader.js';
import {
  AUTOMATION_NOT_FOUND,
  type Automation,
  type AutomationFilter,
  type AutomationSort,
  AutomationsRepository,
  type AutomationStatus,
  automationView,
} from './automations.repository.js';
import type { AutomationTrigger, CreateAutomationDto, UpdateAutomationDto } from './dto/automation.dto.js';

/** Where a series may go: activated from draft or paused, paused when active. */
const NEXT: Record<AutomationStatus, readonly AutomationStatus[]> = { DRAFT: ['ACTIVE'], ACTIVE: ['PAUSED'], PAUSED: ['ACTIVE'] };

/**
 * Automated email series: their content, trigger and state. No trigger engine runs them; the state
 * is recorded and shown.
 */
@Injectable()
export class AutomationsService {
  constructor(
    private readonly automations: AutomationsRepository,
    private readonly audit: AuditRepository,
    private readonly listAccess: ListAccessReader,
  ) {}

  private get db() {
    return this.automations.db;
  }

  list(context: AccountContext, request: PageRequest<AutomationSort, AutomationFilter>) {
    return this.automations.page(context.account.id, request);
  }

  async get(context: AccountContext, id: string) {
    return automationView(await this.automations.get(context.account.id, id));
  }

  async create(context: AccountContext, actorUserId: string, dto: CreateAutomationDto) {
    const accountId = context.account.id;
    const triggerListId = await this.checkTrigger(accountId, dto.trigger, dto.triggerListId ?? null);
    await this.assertSendsTo(context, actorUserId, triggerListId);
    return this.db.$transaction(async (tx) => {
      const created = await tx.automation.create({
        data: { accountId, name: dto.name, trigger: dto.trigger, triggerListId, steps: stepsJson(dto.steps) },
      });
      await this.audit.record(
        { accountId, actorUserId, action: 'automation.created', targetType: 'automation', targetId: created.id, data: { name: created.name, trigger: created.trigger } },
        tx,
      );
      return automationView(created);
    });
  }

  /** A draft is edited with automations.create (the route's action); an active or paused one needs automations.activate. */
  async update(context: AccountContext, actorUserId: string, id: string, version: number, dto: UpdateAutomationDto) {
    const accountId = context.account.id;
    const current = await this.readAt(accountId, id, version);
    if (current.status !== 'DRAFT' && !context.can('automations.activate')) {
      throw new AppError(
        HttpStatus.FORBIDDEN,
        'FORBIDDEN',
        `This series is ${current.status.toLowerCase()}: editing it needs automations.activate, which your role does not have here.`,
      );
    }
    const trigger = dto.trigger ?? current.trigger;
    const requestedList = dto.triggerListId !== undefined ? dto.triggerListId : trigger === 'CONTACT_JOINS_LIST' ? current.triggerListId : null;
    const triggerListId = await this.checkTrigger(accountId, trigger, requestedList);
    if (triggerListId !== current.triggerListId) await this.assertSendsTo(context, actorUserId, triggerListId);
    return this.db.$transaction(async (tx) => {
      const updated = await updateVersioned(
        tx.automation,
        { where: { accountId, id }, version, notFound: AUTOMATION_NOT_FOUND },
        { ...(dto.name !== undefined ? { name: dto.name } : {}), trigger, triggerListId, ...(dto.steps ? { steps: stepsJson(dto.steps) } : {}) },
      );
      await this.audit.record(
        { accountId, actorUserId, action: 'automation.updated', targetType: 'automation', targetId: id, data: { status: current.status, fields: Object.keys(dto).sort() } },
        tx,
      );
      return automationView(updated);
    });
  }

  async activate(context: AccountContext, actorUserId: string, id: string, version: number) {
    return this.move(context, actorUserId, id, version, 'ACTIVE');
  }

  async pause(context: AccountContext, actorUserId: string, id: string, version: number) {
    return this.move(context, actorUserId, id, version, 'PAUSED');
  }

  async remove(context: AccountContext, actorUserId: string, id: string, version: number): Promise<void> {
    const accountId = context.account.id;
    const current = await this.readAt(accountId, id, version);
    await this.db.$transaction(async (tx) => {
      await deleteVersioned(tx.automation, { where: { accountId, id }, version, notFound: AUTOMATION_NOT_FOUND });
      await this.audit.record(
        { accountId, actorUserId, action: 'automation.deleted', targetType: 'automation', targetId: id, data: { name: current.name, status: current.status } },
        tx,
      );
    });
  }

  private async move(context: AccountContext, actorUserId: string, id: string, version: number, to: AutomationStatus) {
    const accountId = context.account.id;
    const current = await this.readAt(accountId, id, version);
    if (!NEXT[current.status].includes(to)) {
      throw new AppError(
        HttpStatus.CONFLICT,
        'INVALID_STATE_TRANSITION',
        `A ${current.status.toLowerCase()} series cannot become ${to.toLowerCase()}; it can become ${NEXT[current.status].map((s) => s.toLowerCase()).join(' or ')}.`,
      );
    }
    return this.db.$transaction(async (tx) => {
      const updated = await updateVersioned(
        tx.automation,
        { where: { accountId, id }, version, notFound: AUTOMATION_NOT_FOUND },
        { status: to, ...(to === 'ACTIVE' ? { activatedAt: new Date() } : {}) },
      );
      await this.audit.record(
        {
          accountId,
          actorUserId,
          action: to === 'ACTIVE' ? 'automation.activated' : 'automation.paused',
          targetType: 'automation',
          targetId: id,
          data: { from: current.status },
        },
        tx,
      );
      return automationView(updated);
    });
  }

  /** A CONTACT_JOINS_LIST series needs one of the account's lists; the date triggers take none. */
  private async checkTrigger(accountId: string, trigger: AutomationTrigger, triggerListId: string | null): Promise<string | null> {
    if (trigger !== 'CONTACT_JOINS_LIST') {
      if (triggerListId) throw new AppError(HttpStatus.BAD_REQUEST, 'TRIGGER_LIST_NOT_ALLOWED', `A ${trigger} series takes no triggerListId.`);
      return null;
    }
    if (!triggerListId) throw new AppError(HttpStatus.BAD_REQUEST, 'TRIGGER_LIST_REQUIRED', 'A CONTACT_JOINS_LIST series needs triggerListId.');
    if (!(await this.automations.listExists(accountId, triggerListId))) {
      throw new AppError(HttpStatus.BAD_REQUEST, 'UNKNOWN_LIST', 'triggerListId must be a list of this account.');
    }
    return triggerListId;
  }

  /** A series mails whoever joins its list: like a campaign, a member restricted to chosen lists sets it only on a list it holds at SEND or MANAGE. */
  private async assertSendsTo(context: AccountContext, actorUserId: string, triggerListId: string | null) {
    if (!triggerListId || !context.listRestricted) return;
    if (!(await this.listAccess.forCaller(context, actorUserId)).sendsTo(triggerListId)) throw listNotSendable([triggerListId]);
  }

  private async readAt(accountId: string, id: string, version: number): Promise<Automation> {
    const current = await this.automations.find(accountId, id);
    if (!current) throw notFound(...AUTOMATION_NOT_FOUND);
    if (current.version !== version) throw versionConflict(automationView(current));
    return current;
  }
}

function stepsJson(steps: { delayDays: number; subject: string; bodyHtml: string }[]) {
  return steps.map(({ delayDays, subject, bodyHtml }) => ({ delayDays, subject, bodyHtml }));
}
