import { HttpStatus } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { AppError } from './app-error.js';
import { holdsInvalidText, invalidText } from './request-bounds.js';

export const MAX_PER_PAGE = 100;

/** `?page=&perPage=&sort=&filter=` as every list route takes it. */
export class PageQueryDto {
  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PER_PAGE, default: 25 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PER_PAGE)
  perPage?: number;

  @ApiPropertyOptional({ description: 'A field name; prefix with "-" for descending order', example: '-createdAt', maxLength: 64 })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  sort?: string;

  @ApiPropertyOptional({ description: 'A JSON object of filters; a key the list does not take is 400 UNKNOWN_FILTER', example: '{"q":"acme"}', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  filter?: string;
}

export interface Page<T> {
  data: T[];
  total: number;
}

export interface PageRequest<Field extends string, Filter> {
  limit: number;
  offset: number;
  sort: { field: Field; descending: boolean };
  filter: Filter;
}

export interface PageOptions<Field extends string, Filter> {
  sortable: readonly Field[];
  defaultSort: Field;
  /** The keys `filter` may hold on this list; any other own key is 400 UNKNOWN_FILTER. None when omitted. */
  filters?: readonly string[];
  /** Reads the values of the declared keys; called only once every key is known. */
  parseFilter?: (raw: Record<string, unknown>) => Filter;
}

/** Checks sort and filter against what a list allows; anything else is a 400 with a code saying which. */
export function parsePageQuery<Field extends string, Filter = Record<string, never>>(
  query: PageQueryDto,
  options: PageOptions<Field, Filter>,
): PageRequest<Field, Filter> {
  const perPage = query.perPage ?? 25;
  const descending = query.sort?.startsWith('-') ?? false;
  const field = (query.sort?.replace(/^-/, '') || options.defaultSort) as Field;
  if (!options.sortable.includes(field)) {
    throw new AppError(HttpStatus.BAD_REQUEST, 'INVALID_SORT', `sort must be one of ${options.sortable.join(', ')}, optionally prefixed with "-".`);
  }
  let raw: unknown = {};
  if (query.filter) {
    try {
      raw = JSON.parse(query.filter);
    } catch {
      throw new AppError(HttpStatus.BAD_REQUEST, 'INVALID_FILTER', 'filter must be a JSON object.');
    }
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new AppError(HttpStatus.BAD_REQUEST, 'INVALID_FILTER', 'filter must be a JSON object.');
  }
  if (holdsInvalidText(raw)) throw invalidText('filter');
  const filters = options.filters ?? [];
  const unknown = Object.keys(raw).find((key) => !filters.includes(key));
  if (unknown !== undefined) throw unknownFilter(unknown, filters);
  return {
    limit: perPage,
    offset: ((query.page ?? 1) - 1) * perPage,
    sort: { field, descending },
    filter: options.parseFilter ? options.parseFilter(raw as Record<string, unknown>) : ({} as Filter),
  };
}

function unknownFilter(key: string, filters: readonly string[]): AppError {
  const takes = filters.length === 0 ? 'this list takes no filter' : `this list filters on ${filters.join(', ')}`;
  return new AppError(HttpStatus.BAD_REQUEST, 'UNKNOWN_FILTER', `Unknown filter "${key.slice(0, 40)}": ${takes}.`);
}

export function invalidFilter(message: string): AppError {
  return new AppError(HttpStatus.BAD_REQUEST, 'INVALID_FILTER', message);
}

/** A search term for ILIKE, with its wildcards taken literally. */
export function containsPattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
