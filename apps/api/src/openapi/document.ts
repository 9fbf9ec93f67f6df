import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type { RegisteredRoute } from '../access/route-inventory.js';
import { describePathParameters } from './path-parameters.js';
import { documentRoutes } from './route-documentation.js';
import { addValidationLimits } from './validation-limits.js';
import { API_VERSION } from './version.js';

/** The API's OpenAPI document: what Nest's explorer reads from the decorators, completed from the routes themselves. */
export function buildOpenApiDocument(app: INestApplication, routes: RegisteredRoute[]): OpenAPIObject {
  const explored = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Partner Portal API')
      .setDescription('Accounts, their people and their partners. Errors are { statusCode, code, message }.')
      .setVersion(API_VERSION)
      .addBearerAuth({
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'JWT',
        description:
          'The accessToken of POST /api/auth/login or /api/auth/signup: a JWT (HS256) that the API checks as RFC8725 advises (its algorithm pinned, exp required), and a session it can revoke.',
      })
      .build(),
  );
  return documentRoutes(addValidationLimits(describePathParameters(explored)), routes);
}
