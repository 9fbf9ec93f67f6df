import { RequestMethod, type INestApplication } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants.js';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { ACCOUNT_PARAMS } from './access.guard.js';
import { PageQueryDto } from '../common/paging.js';
import { readIfMatch } from '../common/versioning.js';
import { ROUTE_ERRORS } from '../openapi/responses.js';
import { ROUTE_ACCESS, type RouteAccess } from './route-access.decorator.js';

export interface RegisteredRoute {
  method: string;
  path: string;
  access: RouteAccess | undefined;
  handler: string;
  /** Whether it is a list route, taking `?page=&perPage=&sort=&filter=`. */
  paged: boolean;
  /** Whether it writes a versioned record, taking `If-Match`. */
  versioned: boolean;
  /** Error answers it documents beyond those of its kind (openapi/responses.ts ApiErrors), by status. */
  errors: Record<string, string>;
}

function joinPath(...parts: (string | undefined)[]): string {
  return `/${parts.flatMap((part) => (part ?? '').split('/')).filter(Boolean).join('/')}`;
}

/** Every route the application registered, with the access it declares. */
export function listRoutes(app: INestApplication, globalPrefix: string): RegisteredRoute[] {
  const discovery = app.get(DiscoveryService);
  const scanner = app.get(MetadataScanner);
  const reflector = app.get(Reflector);
  const routes: RegisteredRoute[] = [];
  for (const wrapper of discovery.getControllers()) {
    const controller = wrapper.metatype as (new (...args: never[]) => unknown) | undefined;
    if (!controller) continue;
    const prototype = controller.prototype as Record<string, unknown>;
    const controllerPaths = ([] as (string | undefined)[]).concat(Reflect.getMetadata(PATH_METADATA, controller));
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[name] as object;
      const methodPath = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
      if (methodPath === undefined) continue;
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
      const access = reflector.getAllAndOverride(ROUTE_ACCESS, [handler as never, controller]);
      const paged = ((Reflect.getMetadata('design:paramtypes', prototype, name) ?? []) as unknown[]).includes(PageQueryDto);
      const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, name) ?? {}) as Record<string, { factory?: unknown }>;
      const versioned = Object.values(args).some((arg) => arg.factory === readIfMatch);
      const errors = (reflector.getAllAndMerge(ROUTE_ERRORS, [controller, handler as never]) ?? {}) as Record<string, string>;
      for (const controllerPath of controllerPaths) {
        for (const path of ([] as string[]).concat(methodPath)) {
          routes.push({ method, path: joinPath(globalPrefix, controllerPath, path), access, handler: `${controller.name}.${name}`, paged, versioned, errors });
        }
      }
    }
  }
  return routes;
}

/** Deny by default: the API refuses to start while any route declares no access, or an account access without an account. */
export function assertEveryRouteDeclared(routes: RegisteredRoute[]): void {
  const problems = routes.flatMap((route) => {
    if (route.access === undefined) return [`${route.method} ${route.path} (${route.handler}) declares no access`];
    const needsAccount = route.access !== 'public' && route.access !== 'signed-in';
    const namesAccount = ACCOUNT_PARAMS.some((param) => route.path.includes(`:${param}`));
    if (needsAccount && !namesAccount) return [`${route.method} ${route.path} (${route.handler}) needs an account but its path names none`];
    return [];
  });
  if (problems.length > 0) throw new Error(`Refusing to start: ${problems.join('; ')}`);
}
