import { Module } from '@nestjs/common';
import { SecurityEventsController } from './security-events.controller.js';
import { SecurityEventsService } from './security-events.service.js';

/** The signed-in person's own security log. */
@Module({ controllers: [SecurityEventsController], providers: [SecurityEventsService] })
export class SecurityEventsModule {}
