import { type DynamicModule, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { AccessGuard } from './access/access.guard.js';
import { AccessModule } from './access/access.module.js';
import { AccountsController } from './accounts/accounts.controller.js';
import { ClientsRepository } from './accounts/clients.repository.js';
import { AuthModule } from './auth/auth.module.js';
import { TwoFactorModule } from './auth/two-factor/two-factor.module.js';
import { AuditController } from './audit/audit.controller.js';
import { AuditModule } from './audit/audit.module.js';
import { ClientsService } from './accounts/clients.service.js';
import { InvitationAcceptanceService } from './invitations/invitation-acceptance.service.js';
import { InvitationsService } from './invitations/invitations.service.js';
import { PublicInvitationsController } from './invitations/public-invitations.controller.js';
import { TeamController } from './team/team.controller.js';
import { TeamService } from './team/team.service.js';
import { BillingController } from './billing/billing.controller.js';
import { BillingRepository } from './billing/billing.repository.js';
import { PartnerResourcesController } from './partner-resources/partner-resources.controller.js';
import { JwtAuthGuard } from './auth/jwt-auth.guard.js';
import type { Logger } from 'pino';
import { APP_CONFIG, type AppConfig } from './config/config.js';
import { LOGGER } from './common/logger.js';
import { DatabaseModule } from './database/database.module.js';
import { HealthController } from './health/health.controller.js';
import { MeController } from './me/me.controller.js';
import { MeService } from './me/me.service.js';
import { RedisModule } from './redis/redis.module.js';
import { RolesModule } from './roles/roles.module.js';
import { ListAccessModule } from './list-access/list-access.module.js';
import { PRODUCT_AREA_MODULES } from './product-areas.js';
import { PresenceModule } from './presence/presence.module.js';
import { EtagInterceptor } from './common/versioning.js';
import { PasskeysModule } from './auth/passkeys/passkeys.module.js';
import { SecurityPolicyModule } from './security-policy/security-policy.module.js';
import { SecurityEventsModule } from './me/security-events.module.js';

/** Things outside Nest's own providers that must be closed when the application stops. */
@Injectable()
export class ShutdownTasks implements OnApplicationShutdown {
  private readonly tasks: (() => Promise<void>)[] = [];

  add(task: () => Promise<void>) {
    this.tasks.push(task);
  }

  async onApplicationShutdown() {
    await Promise.all(this.tasks.map((task) => task()));
  }
}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, logger: Logger, extraModules: DynamicModule[] = []): DynamicModule {
    const configModule: DynamicModule = {
      module: class ConfigModule {},
      global: true,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: LOGGER, useValue: logger },
      ],
      exports: [APP_CONFIG, LOGGER],
    };
    return {
      module: AppModule,
      imports: [configModule, DatabaseModule, RedisModule, AccessModule, AuthModule, TwoFactorModule, AuditModule, ...PRODUCT_AREA_MODULES, RolesModule, ListAccessModule, PresenceModule, SecurityPolicyModule, SecurityEventsModule, PasskeysModule, ...extraModules],
      controllers: [
        HealthController,
        MeController,
        AccountsController,
        BillingController,
        PartnerResourcesController,
        TeamController,
        PublicInvitationsController,
        AuditController,
      ],
      providers: [
        // Global guards run in this order: authenticate, then resolve the account and check the action.
        { provide: APP_GUARD, useClass: JwtAuthGuard },
        { provide: APP_GUARD, useExisting: AccessGuard },
        { provide: APP_INTERCEPTOR, useClass: EtagInterceptor },
        ShutdownTasks,
        MeService,
        ClientsRepository,
        BillingRepository,
        InvitationsService,
        InvitationAcceptanceService,
        TeamService,
        ClientsService,
      ],
    };
  }
}
