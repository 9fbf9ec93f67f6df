import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Database } from '@partner-portal/db';
import { RequirePermission } from '../access/route-access.decorator.js';
import { invalidFilter, PageQueryDto, parsePageQuery } from '../common/paging.js';
import { DATABASE } from '../database/database.module.js';
import { ApiPageResponse } from '../openapi/responses.js';
import { PartnerResourceDto } from './dto/partner-resource.dto.js';

const SORTABLE = ['title', 'category', 'createdAt'] as const;

function parseFilter(raw: Record<string, unknown>): { q?: string; category?: string } {
  const filter: { q?: string; category?: string } = {};
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value !== 'string' || value.length > 200) throw invalidFilter(`filter.${key} must be text of at most 200 characters.`);
    if (value.trim()) filter[key as 'q' | 'category'] = value.trim();
  }
  return filter;
}

@ApiTags('partners')
@Controller('accounts')
export class PartnerResourcesController {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  @RequirePermission('partner.resources.view')
  @Get(':partnerId/resources')
  @ApiOperation({ summary: 'The Resources tab of reseller partners: guides, sales and marketing material' })
  @ApiPageResponse(PartnerResourceDto)
  async list(@Query() query: PageQueryDto) {
    const { limit, offset, sort, filter } = parsePageQuery(query, { sortable: SORTABLE, defaultSort: 'category', filters: ['q', 'category'], parseFilter });
    const where = {
      ...(filter.category ? { category: filter.category } : {}),
      ...(filter.q
        ? { OR: [{ title: { contains: filter.q, mode: 'insensitive' as const } }, { description: { contains: filter.q, mode: 'insensitive' as const } }] }
        : {}),
    };
    const direction = sort.descending ? 'desc' : 'asc';
    const [total, data] = await Promise.all([
      this.db.partnerResource.count({ where }),
      this.db.partnerResource.findMany({ where, orderBy: [{ [sort.field]: direction }, { title: 'asc' }], take: limit, skip: offset }),
    ]);
    return { data, total };
  }
}
