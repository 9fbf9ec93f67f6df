import { invalidFilter } from '../common/paging.js';

/** `{ [name]: value }` when the filter names one of the allowed values, `{}` when it names none. */
export function oneOf<Name extends string, Value extends string>(value: unknown, allowed: readonly Value[], name: Name): Partial<Record<Name, Value>> {
  if (value === undefined) return {};
  if (typeof value !== 'string' || !allowed.includes(value as Value)) throw invalidFilter(`${name} must be one of ${allowed.join(', ')}.`);
  return { [name]: value } as Partial<Record<Name, Value>>;
}

/** `{ q }` for a search term of at most 200 characters, `{}` when there is none. */
export function searchTerm(value: unknown): { q?: string } {
  if (value === undefined || value === '') return {};
  if (typeof value !== 'string' || value.length > 200) throw invalidFilter('q must be text of at most 200 characters.');
  return { q: value };
}
