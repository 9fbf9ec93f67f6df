import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { ListAccessController } from './list-access.controller.js';
import { ListAccessInterceptor } from './list-access.interceptor.js';
import { ListAccessReader } from './list-access.reader.js';
import { ListAccessService } from './list-access.service.js';

/**
 * Per-list access: members restricted to chosen lists, each at a level. The routes that read and set
 * it, the interceptor that answers for `:listId` and `:contactId` on every route, and the reader the
 * contacts and campaigns areas ask about the caller's lists.
 */
@Module({
  controllers: [ListAccessController],
  providers: [ListAccessService, ListAccessReader, { provide: APP_INTERCEPTOR, useClass: ListAccessInterceptor }],
  exports: [ListAccessReader],
})
export class ListAccessModule {}
