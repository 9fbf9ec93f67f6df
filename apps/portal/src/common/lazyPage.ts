import { type ComponentType, lazy } from 'react';

/**
 * A page loaded on first use, so that the initial bundle holds only the shell (sign-in, layout, menu):
 * `lazyPage(() => import('./ContactPages'), 'ContactList')`. react-admin's layout shows its loader meanwhile.
 */
export function lazyPage<M extends Record<string, unknown>, K extends keyof M>(load: () => Promise<M>, name: K) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}
