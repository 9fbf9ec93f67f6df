import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { Database } from '@partner-portal/db';
import { AuditRepository } from '../audit/audit.repository.js';
import { AppError } from '../common/app-error.js';
import { DATABASE } from '../database/database.module.js';
import type { PutAccountSettingsDto, PutBusinessProfileDto } from './dto/account-settings.dto.js';
import { SingletonRecords } from './singleton-records.js';

// Intl lists canonical IANA zones only; "UTC", the column's default, is not among them.
const TIME_ZONES = new Set([...Intl.supportedValuesOf('timeZone'), 'UTC']);

function canonicalLocale(tag: string): string {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    if (canonical) return canonical;
  } catch {
    // RangeError: not a well-formed BCP 47 tag.
  }
  throw new AppError(HttpStatus.BAD_REQUEST, 'INVALID_LOCALE', `"${tag}" is not a BCP 47 language tag such as en-US or fr-CA.`);
}

const BUSINESS_PROFILE_FIELDS = ['legalName', 'website', 'phone', 'addressLine1', 'addressLine2', 'city', 'region', 'postalCode', 'country', 'industry'] as const;
export type BusinessProfileFields = Record<(typeof BUSINESS_PROFILE_FIELDS)[number], string | null>;

export interface SettingsFields {
  timeZone: string;
  locale: string;
  defaultFromName: string | null;
  defaultFromEmail: string | null;
}

@Injectable()
export class AccountSettingsService {
  private readonly settings: SingletonRecords<{ version: number }, SettingsFields>;
  private readonly profile: SingletonRecords<{ version: number }, BusinessProfileFields>;

  constructor(@Inject(DATABASE) db: Database, audit: AuditRepository) {
    this.settings = new SingletonRecords(db, audit, {
      delegate: (client) => client.accountSettings,
      defaults: { timeZone: 'UTC', locale: 'en-US', defaultFromName: null, defaultFromEmail: null },
      notFound: ['SETTINGS_NOT_FOUND', 'settings'],
      audit: { action: 'account-settings.updated', targetType: 'account' },
    });
    this.profile = new SingletonRecords(db, audit, {
      delegate: (client) => client.businessProfile,
      defaults: Object.fromEntries(BUSINESS_PROFILE_FIELDS.map((field) => [field, null])) as BusinessProfileFields,
      notFound: ['BUSINESS_PROFILE_NOT_FOUND', 'business profile'],
      audit: { action: 'business-profile.updated', targetType: 'account' },
    });
  }

  getSettings(accountId: string) {
    return this.settings.get(accountId);
  }

  putSettings(accountId: string, actorUserId: string, version: number, input: PutAccountSettingsDto) {
    if (!TIME_ZONES.has(input.timeZone)) {
      throw new AppError(HttpStatus.BAD_REQUEST, 'INVALID_TIME_ZONE', `"${input.timeZone}" is not an IANA time zone such as Europe/Paris or America/New_York.`);
    }
    return this.settings.put(accountId, actorUserId, version, {
      timeZone: input.timeZone,
      locale: canonicalLocale(input.locale),
      defaultFromName: input.defaultFromName ?? null,
      defaultFromEmail: input.defaultFromEmail ?? null,
    });
  }

  getBusinessProfile(accountId: string) {
    return this.profile.get(accountId);
  }

  putBusinessProfile(accountId: string, actorUserId: string, version: number, input: PutBusinessProfileDto) {
    const fields = Object.fromEntries(BUSINESS_PROFILE_FIELDS.map((field) => [field, input[field] ?? null])) as BusinessProfileFields;
    return this.profile.put(accountId, actorUserId, version, fields);
  }
}
