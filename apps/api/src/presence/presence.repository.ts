import { Inject, Injectable } from '@nestjs/common';
import type { Database } from '@partner-portal/db';
import { DATABASE } from '../database/database.module.js';

/** How an editor is shown to the others: the person's name and email, read when they join. */
@Injectable()
export class PresenceRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async person(userId: string): Promise<{ name: string | null; email: string }> {
    const user = await this.db.user.findUnique({ where: { id: userId }, select: { name: true, email: true } });
    return { name: user?.name ?? null, email: user?.email ?? '' };
  }
}
