import { HttpStatus } from '@nestjs/common';
import type { Prisma } from '@partner-portal/db';
import { isUUID } from 'class-validator';
import { AppError } from '../common/app-error.js';
import { CONTACT_STATUSES, type ContactStatusValue } from './dto/contact.dto.js';
import { MAX_SEGMENT_RULES, SEGMENT_FIELDS, SEGMENT_MATCHES, SEGMENT_OPS, type SegmentField, type SegmentOp } from './dto/segment.dto.js';

export type SegmentRule =
  | { field: 'email' | 'firstName' | 'lastName' | 'company'; op: 'contains' | 'equals' | 'startsWith'; value: string }
  | { field: 'status'; op: 'equals'; value: ContactStatusValue }
  | { field: 'status'; op: 'in'; value: ContactStatusValue[] }
  | { field: 'createdAt'; op: 'before' | 'after'; value: string }
  | { field: 'list'; op: 'equals'; value: string }
  | { field: 'list'; op: 'in'; value: string[] };

/** What a segment stores: the rules exactly as validated. */
export interface SegmentDefinition {
  match: (typeof SEGMENT_MATCHES)[number];
  rules: SegmentRule[];
}

const TEXT_FIELDS = ['email', 'firstName', 'lastName', 'company'] as const;
const OPS_BY_FIELD: Record<SegmentField, readonly SegmentOp[]> = {
  email: ['contains', 'equals', 'startsWith'],
  firstName: ['contains', 'equals', 'startsWith'],
  lastName: ['contains', 'equals', 'startsWith'],
  company: ['contains', 'equals', 'startsWith'],
  status: ['equals', 'in'],
  createdAt: ['before', 'after'],
  list: ['equals', 'in'],
};
const MAX_TEXT = 254;
const MAX_IN = 50;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

function invalidRule(index: number, message: string): AppError {
  return new AppError(HttpStatus.BAD_REQUEST, 'INVALID_SEGMENT_RULE', `rules[${index}]: ${message}`, {}, { index });
}

function stringArray(value: unknown, index: number, check: (item: string) => boolean, what: string): string[] {
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_IN || !value.every((item) => typeof item === 'string' && check(item))) {
    throw invalidRule(index, `value must be an array of 1 to ${MAX_IN} ${what}`);
  }
  return [...new Set(value as string[])];
}

function validateRule(raw: { field: unknown; op: unknown; value: unknown }, index: number): SegmentRule {
  const field = raw.field as SegmentField;
  const op = raw.op as SegmentOp;
  if (!SEGMENT_FIELDS.includes(field)) throw invalidRule(index, `field must be one of ${SEGMENT_FIELDS.join(', ')}`);
  if (!SEGMENT_OPS.includes(op) || !OPS_BY_FIELD[field].includes(op)) {
    throw invalidRule(index, `op for ${field} must be one of ${OPS_BY_FIELD[field].join(', ')}`);
  }
  const { value } = raw;
  if ((TEXT_FIELDS as readonly string[]).includes(field)) {
    if (typeof value !== 'string' || value.trim() === '' || value.length > MAX_TEXT) {
      throw invalidRule(index, `value must be a non-empty string of at most ${MAX_TEXT} characters`);
    }
    return { field: field as (typeof TEXT_FIELDS)[number], op: op as 'contains' | 'equals' | 'startsWith', value: value.trim() };
  }
  const isStatus = (item: string) => (CONTACT_STATUSES as readonly string[]).includes(item);
  switch (field) {
    case 'status':
      if (op === 'in') return { field, op, value: stringArray(value, index, isStatus, 'statuses') as ContactStatusValue[] };
      if (typeof value !== 'string' || !isStatus(value)) throw invalidRule(index, `value must be one of ${CONTACT_STATUSES.join(', ')}`);
      return { field, op: 'equals', value: value as ContactStatusValue };
    case 'createdAt':
      if (typeof value !== 'string' || !ISO_DATE.test(value) || Number.isNaN(Date.parse(value))) {
        throw invalidRule(index, 'value must be an ISO 8601 date, such as 2026-01-31 or 2026-01-31T12:00:00Z');
      }
      return { field, op: op as 'before' | 'after', value };
    default:
      if (op === 'in') return { field: 'list', op, value: stringArray(value, index, (item) => isUUID(item), 'list ids') };
      if (typeof value !== 'string' || !isUUID(value)) throw invalidRule(index, 'value must be a list id');
      return { field: 'list', op: 'equals', value };
  }
}

/** Checks every rule strictly: each field accepts only its own operators and value type. */
export function validateDefinition(input: { match: unknown; rules: unknown }): SegmentDefinition {
  if (!SEGMENT_MATCHES.includes(input.match as SegmentDefinition['match'])) {
    throw new AppError(HttpStatus.BAD_REQUEST, 'INVALID_SEGMENT_RULE', 'match must be all or any.');
  }
  if (!Array.isArray(input.rules) || input.rules.length === 0 || input.rules.length > MAX_SEGMENT_RULES) {
    throw new AppError(HttpStatus.BAD_REQUEST, 'INVALID_SEGMENT_RULE', `rules must hold 1 to ${MAX_SEGMENT_RULES} rules.`);
  }
  return {
    match: input.match as SegmentDefinition['match'],
    rules: input.rules.map((rule, index) => validateRule((rule ?? {}) as { field: unknown; op: unknown; value: unknown }, index)),
  };
}

/** The list ids a definition names, so they can be checked against the account. */
export function listIdsOf(definition: SegmentDefinition): string[] {
  return [...new Set(definition.rules.flatMap((rule) => (rule.field !== 'list' ? [] : Array.isArray(rule.value) ? rule.value : [rule.value])))];
}

function ruleWhere(rule: SegmentRule): Prisma.ContactWhereInput {
  switch (rule.field) {
    case 'status':
      return rule.op === 'in' ? { status: { in: rule.value } } : { status: rule.value };
    case 'createdAt':
      return { createdAt: rule.op === 'before' ? { lt: new Date(rule.value) } : { gt: new Date(rule.value) } };
    case 'list':
      return { lists: { some: { listId: rule.op === 'in' ? { in: rule.value } : rule.value } } };
    case 'email':
      // Emails compare case-insensitively through their lower-cased key, which the unique index covers.
      if (rule.op === 'equals') return { emailKey: rule.value.toLowerCase() };
      return { emailKey: { [rule.op]: rule.value.toLowerCase() } };
    default:
      return { [rule.field]: { [rule.op]: rule.value, mode: 'insensitive' } };
  }
}

/** The segment as a Prisma filter on the account's contacts: the rules are data, never SQL text. */
export function compileDefinition(accountId: string, definition: SegmentDefinition): Prisma.ContactWhereInput {
  const clauses = definition.rules.map(ruleWhere);
  return { accountId, ...(definition.match === 'all' ? { AND: clauses } : { OR: clauses }) };
}
