import { Reflector } from '@nestjs/core';

/** Marks a route that anyone may call, signed in or not. */
export const Public = Reflector.createDecorator<true>({ transform: () => true });
