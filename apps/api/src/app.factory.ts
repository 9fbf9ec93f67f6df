import 'reflect-metadata';
import type { DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { json } from 'express';
import type { Logger } from 'pino';
import { assertEveryRouteDeclared, listRoutes } from './access/route-inventory.js';
import { AppModule, ShutdownTasks } from './app.module.js';
import { ErrorEnvelopeFilter } from './common/error-envelope.filter.js';
import { NestPinoLogger } from './common/logger.js';
import { boundJsonBody, boundQueryText } from './common/request-bounds.js';
import { requestContext } from './common/request-context.js';
import { securityHeaders } from './common/security-headers.js';
import { tenantScope } from './common/tenant-scope.js';
import { createValidationPipe } from './common/validation.js';
import type { AppConfig } from './config/config.js';
import { publicPagesOrigin } from './content/public-pages-origin.js';
import { buildOpenApiDocument } from './openapi/document.js';
import { mountQueueDashboard } from './operations/queue-dashboard.js';
import { servePortal } from './portal/serve-portal.js';

export const API_PREFIX = 'api';

/** Options of the Nest application itself: logs through pino, bodies parsed by configureApp. */
export const nestApplicationOptions = (logger: Logger) => ({ logger: new NestPinoLogger(logger), bodyParser: false });

/** The whole API, configured and ready to listen: used by main.ts and the benchmarks. */
export async function createApp(
  config: AppConfig,
  logger: Logger,
  extraModules: DynamicModule[] = [],
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, logger, extraModules), nestApplicationOptions(logger));
  return configureApp(app, config, logger);
}

/** Everything around the modules: middleware, pipes, filters, the OpenAPI document, the dashboard and the portal. The tests' app gets exactly this too. */
export function configureApp(app: NestExpressApplication, config: AppConfig, logger: Logger): NestExpressApplication {
  app.set('trust proxy', config.TRUST_PROXY);
  app.disable('x-powered-by');
  app.use(requestContext(logger));
  app.use(securityHeaders());
  if (config.PUBLIC_PAGES_URL) app.use(publicPagesOrigin(config.PUBLIC_PAGES_URL));
  app.use(boundQueryText());
  // express.json directly, as useBodyParser does, for its `verify` hook, which Nest keeps for raw bodies.
  app.use(json({ limit: '1mb', verify: boundJsonBody(config.JSON_MAX_DEPTH) }));
  // After the body parser, whose callbacks would otherwise run outside the request's scope.
  app.use(tenantScope());
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ErrorEnvelopeFilter());
  app.enableShutdownHooks();
  const routes = listRoutes(app, API_PREFIX);
  assertEveryRouteDeclared(routes);
  const document = buildOpenApiDocument(app, routes);
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, document, { jsonDocumentUrl: `${API_PREFIX}/docs-json` });

  const closeDashboard = mountQueueDashboard(app, config, logger);
  if (closeDashboard) app.get(ShutdownTasks).add(closeDashboard);
  servePortal(app, config, logger);
  return app;
}
