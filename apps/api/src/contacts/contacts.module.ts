import { Module } from '@nestjs/common';
import { ListAccessModule } from '../list-access/list-access.module.js';
import { ContactExportService } from './contact-export.js';
import { ContactImportService } from './contact-import.js';
import { ContactsController } from './contacts.controller.js';
import { ContactsRepository } from './contacts.repository.js';
import { ContactsService } from './contacts.service.js';
import { ListsController } from './lists.controller.js';
import { ListsRepository } from './lists.repository.js';
import { ListsService } from './lists.service.js';
import { SegmentsController } from './segments.controller.js';
import { SegmentsRepository } from './segments.repository.js';
import { SegmentsService } from './segments.service.js';

/** Contacts, their CSV import and export, lists and their members, and segments. */
@Module({
  imports: [ListAccessModule],
  controllers: [ContactsController, ListsController, SegmentsController],
  providers: [ContactsRepository, ContactsService, ContactImportService, ContactExportService, ListsRepository, ListsService, SegmentsRepository, SegmentsService],
  exports: [ContactsRepository, ListsRepository],
})
export class ContactsModule {}
