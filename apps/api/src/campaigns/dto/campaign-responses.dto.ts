import { ApiProperty } from '@nestjs/swagger';
import { MAX_TEST_RECIPIENTS } from '@partner-portal/jobs';
import { CONTACT_LIMITS } from '../../contacts/dto/contact.dto.js';
import { CAMPAIGN_STATUSES, type CampaignStatus, RECIPIENT_STATUSES, type RecipientStatus } from '../campaigns.repository.js';
import { MAX_CAMPAIGN_LISTS } from './campaign.dto.js';
import { COUNT, DATE_TIME, NULLABLE_DATE_TIME, UUID, VERSION } from '../../openapi/schema-parts.js';

/** apps/worker/src/campaign-message.ts MAX_RECIPIENT_ERROR_LENGTH: the worker keeps this much of a delivery error. */
const MAX_RECIPIENT_ERROR_LENGTH = 500;

/** A campaign as the list shows it: everything but its bodies and lists. */
export class CampaignSummaryDto {
  @ApiProperty(UUID)
  id!: string;

  @ApiProperty({ maxLength: 200 })
  name!: string;

  @ApiProperty({ maxLength: 200 })
  subject!: string;

  @ApiProperty({ maxLength: 100 })
  fromName!: string;

  @ApiProperty({ maxLength: 254 })
  fromEmail!: string;

  @ApiProperty({ enum: CAMPAIGN_STATUSES })
  status!: CampaignStatus;

  @ApiProperty({ ...NULLABLE_DATE_TIME, description: 'When it is to be sent; set only while SCHEDULED' })
  scheduledAt!: string | null;

  @ApiProperty({ ...NULLABLE_DATE_TIME, description: 'When sending started and its recipients were fixed' })
  sendStartedAt!: string | null;

  @ApiProperty({ ...NULLABLE_DATE_TIME, description: 'When the last recipient was handled' })
  sentAt!: string | null;

  @ApiProperty({ ...COUNT, description: 'Recipients fixed when sending started' })
  recipientCount!: number;

  @ApiProperty(COUNT)
  sentCount!: number;

  @ApiProperty(COUNT)
  failedCount!: number;

  @ApiProperty(VERSION)
  version!: number;

  @ApiProperty(DATE_TIME)
  createdAt!: string;

  @ApiProperty(DATE_TIME)
  updatedAt!: string;
}

/** One campaign with its bodies and the ids of the lists it goes to. */
export class CampaignDto extends CampaignSummaryDto {
  @ApiProperty({ maxLength: 200_000 })
  bodyHtml!: string;

  @ApiProperty({ type: String, nullable: true, maxLength: 100_000 })
  bodyText!: string | null;

  @ApiProperty({ type: 'array', items: { type: 'string', format: 'uuid', maxLength: 36 }, maxItems: MAX_CAMPAIGN_LISTS })
  listIds!: string[];
}

export class TestSendQueuedDto {
  @ApiProperty(UUID)
  campaignId!: string;

  @ApiProperty({ type: [String], maxItems: MAX_TEST_RECIPIENTS, items: { type: 'string', maxLength: 254 } })
  to!: string[];

  @ApiProperty({ enum: ['QUEUED'] })
  status!: 'QUEUED';
}

/** A campaign's delivery totals, from the counters the worker keeps. */
export class CampaignReportDto {
  @ApiProperty(UUID)
  campaignId!: string;

  @ApiProperty({ maxLength: 200 })
  name!: string;

  @ApiProperty({ enum: CAMPAIGN_STATUSES })
  status!: CampaignStatus;

  @ApiProperty(COUNT)
  recipientCount!: number;

  @ApiProperty(COUNT)
  sent!: number;

  @ApiProperty(COUNT)
  failed!: number;

  @ApiProperty({ ...COUNT, description: 'Neither sent nor failed yet' })
  pending!: number;

  @ApiProperty(NULLABLE_DATE_TIME)
  scheduledAt!: string | null;

  @ApiProperty(NULLABLE_DATE_TIME)
  sendStartedAt!: string | null;

  @ApiProperty(NULLABLE_DATE_TIME)
  sentAt!: string | null;
}

export class CampaignRecipientDto {
  @ApiProperty(UUID)
  contactId!: string;

  @ApiProperty({ maxLength: CONTACT_LIMITS.email, description: 'The address it was sent to, as fixed when sending started' })
  email!: string;

  @ApiProperty({ enum: RECIPIENT_STATUSES })
  status!: RecipientStatus;

  @ApiProperty({ type: String, nullable: true, maxLength: MAX_RECIPIENT_ERROR_LENGTH, description: 'Why the last attempt failed' })
  error!: string | null;

  @ApiProperty({ ...COUNT, description: 'Delivery attempts so far' })
  attempts!: number;

  @ApiProperty(NULLABLE_DATE_TIME)
  sentAt!: string | null;
}
