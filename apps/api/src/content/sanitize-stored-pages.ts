// The backfill of landing pages stored before their HTML was cleaned on write, or by an older policy:
// each is cleaned to the current one. Runs across accounts, so as the role that owns the tables (like
// the migrations), not the application's. Safe to run again and beside a running API: a page edited
// meanwhile (its version moved) was cleaned by that edit and is left alone.
import type pg from 'pg';
import { LANDING_PAGE_HTML_POLICY, sanitizeLandingPageHtml } from './landing-page-html.js';

const BATCH = 100;

export interface StoredPagesCleaned {
  /** Pages the current policy had not cleaned yet. */
  checked: number;
  /** Of those, pages whose HTML changed: their version moved, so an open editor sees a conflict rather than overwriting. */
  changed: number;
}

export async function sanitizeStoredLandingPages(client: pg.Client | pg.Pool): Promise<StoredPagesCleaned> {
  const result: StoredPagesCleaned = { checked: 0, changed: 0 };
  let after = { accountId: '00000000-0000-0000-0000-000000000000', id: '00000000-0000-0000-0000-000000000000' };
  for (;;) {
    const { rows } = await client.query<{ account_id: string; id: string; body_html: string; version: number }>(
      `SELECT account_id, id, body_html, version FROM landing_page
        WHERE html_policy < $1 AND (account_id, id) > ($2::uuid, $3::uuid)
        ORDER BY account_id, id LIMIT $4`,
      [LANDING_PAGE_HTML_POLICY, after.accountId, after.id, BATCH],
    );
    for (const row of rows) {
      const cleaned = sanitizeLandingPageHtml(row.body_html);
      const changed = cleaned !== row.body_html;
      const updated = await client.query(
        `UPDATE landing_page SET body_html = $1, html_policy = $2, version = version + $3::int, updated_at = CASE WHEN $3::int = 1 THEN now() ELSE updated_at END
          WHERE account_id = $4 AND id = $5 AND version = $6 AND html_policy < $2`,
        [cleaned, LANDING_PAGE_HTML_POLICY, changed ? 1 : 0, row.account_id, row.id, row.version],
      );
      result.checked += 1;
      if (changed && updated.rowCount === 1) result.changed += 1;
    }
    if (rows.length < BATCH) return result;
    const last = rows[rows.length - 1];
    after = { accountId: last.account_id, id: last.id };
  }
}
