import { ApiProperty } from '@nestjs/swagger';
import {
  MAX_IGNORED_COLUMN_NAME,
  MAX_IGNORED_COLUMNS,
  MAX_REPORTED_ERRORS,
  MAX_ROW_ERROR_MESSAGE,
  type ImportResult,
  type RowError,
} from '../contact-import.js';
import { CONTACT_LIMITS, CONTACT_STATUSES, type ContactStatusValue } from './contact.dto.js';
import { COUNT, DATE_TIME, VERSION } from '../../openapi/schema-parts.js';

/** A contact as every route answers it: never its account or internal email key. */
export class ContactDto {
  @ApiProperty({ format: 'uuid', maxLength: 36 })
  id!: string;

  @ApiProperty({ maxLength: CONTACT_LIMITS.email, example: 'ada@example.com' })
  email!: string;

  @ApiProperty({ type: String, nullable: true, maxLength: CONTACT_LIMITS.firstName })
  firstName!: string | null;

  @ApiProperty({ type: String, nullable: true, maxLength: CONTACT_LIMITS.lastName })
  lastName!: string | null;

  @ApiProperty({ type: String, nullable: true, maxLength: CONTACT_LIMITS.phone })
  phone!: string | null;

  @ApiProperty({ type: String, nullable: true, maxLength: CONTACT_LIMITS.company })
  company!: string | null;

  @ApiProperty({ enum: CONTACT_STATUSES })
  status!: ContactStatusValue;

  @ApiProperty(VERSION)
  version!: number;

  @ApiProperty(DATE_TIME)
  createdAt!: string;

  @ApiProperty(DATE_TIME)
  updatedAt!: string;
}

/** A list a contact is on: enough to name it. */
export class ContactListRefDto {
  @ApiProperty({ format: 'uuid', maxLength: 36 })
  id!: string;

  @ApiProperty({ maxLength: 100 })
  name!: string;
}

export class ContactWithListsDto extends ContactDto {
  @ApiProperty({
    type: [ContactListRefDto],
    maxItems: 2_147_483_647,
    description: 'Every list the contact is on that the caller sees, by name (the API sets no limit on how many)',
  })
  lists!: ContactListRefDto[];
}

const ROW_ERROR_CODES = ['EMAIL_MISSING', 'EMAIL_INVALID', 'FIELD_TOO_LONG', 'MALFORMED_ROW'] as const satisfies readonly RowError['code'][];

export class ContactImportRowErrorDto implements RowError {
  @ApiProperty({ type: 'integer', format: 'int32', minimum: 0, maximum: 2_147_483_647, description: 'Line of the file the row ends on' })
  line!: number;

  @ApiProperty({ type: String, nullable: true, maxLength: CONTACT_LIMITS.email, description: 'The email of the row as sent, when it has one' })
  email!: string | null;

  @ApiProperty({ enum: ROW_ERROR_CODES })
  code!: RowError['code'];

  @ApiProperty({ maxLength: MAX_ROW_ERROR_MESSAGE })
  message!: string;
}

export class ContactImportResultDto implements ImportResult {
  @ApiProperty({ ...COUNT, description: 'Contacts that did not exist before' })
  created!: number;

  @ApiProperty({ ...COUNT, description: 'Existing contacts that the file changed' })
  updated!: number;

  @ApiProperty({ ...COUNT, description: 'Rows for existing contacts that brought nothing new' })
  unchanged!: number;

  @ApiProperty({ ...COUNT, description: 'Rows whose email appeared on an earlier row of the file: merged into that contact' })
  merged!: number;

  @ApiProperty({ ...COUNT, description: 'Rows refused' })
  skipped!: number;

  @ApiProperty({ ...COUNT, description: 'Rows refused, all of them; errors holds the first ones' })
  errorCount!: number;

  @ApiProperty({ type: [ContactImportRowErrorDto], maxItems: MAX_REPORTED_ERRORS })
  errors!: ContactImportRowErrorDto[];

  @ApiProperty({
    type: 'array',
    items: { type: 'string', maxLength: MAX_IGNORED_COLUMN_NAME },
    maxItems: MAX_IGNORED_COLUMNS,
    description: 'Header names that are not contact fields (the first ones, each cut short)',
  })
  ignoredColumns!: string[];
}
