import { Module } from '@nestjs/common';
import { PresenceHub } from './presence-hub.js';
import { PRESENCE_CONTROLLERS } from './presence.controller.js';
import { PresenceRepository } from './presence.repository.js';
import { PresenceService } from './presence.service.js';

/**
 * Who else is editing a record: a mark per editing screen in Redis, renewed by each call, lapsing
 * when it is not, with changes pushed between API processes over pub/sub. Routes for every record the
 * portal edits, each guarded like that record's own GET (presence-resources.ts).
 */
@Module({
  controllers: PRESENCE_CONTROLLERS,
  providers: [PresenceService, PresenceHub, PresenceRepository],
})
export class PresenceModule {}
