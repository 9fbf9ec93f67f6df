import { Module } from '@nestjs/common';
import { ArchiveController } from './archive.controller.js';
import { ArchiveRepository } from './archive.repository.js';
import { ArchiveService } from './archive.service.js';
import { PublicArchiveController } from './public-archive.controller.js';

/** The newsletter archive: settings and listings in the portal, public pages and feeds outside it. */
@Module({
  controllers: [ArchiveController, PublicArchiveController],
  providers: [ArchiveRepository, ArchiveService],
})
export class ArchiveModule {}
