import { Global, Module } from '@nestjs/common';
import { AuditRepository } from './audit.repository.js';

/** The audit log, available to every area so each change is recorded in its own transaction. */
@Global()
@Module({ providers: [AuditRepository], exports: [AuditRepository] })
export class AuditModule {}
