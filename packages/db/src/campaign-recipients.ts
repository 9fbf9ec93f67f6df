import type { Prisma } from './generated/prisma/client.js';

/**
 * Fixes a campaign's recipients when sending starts: every SUBSCRIBED contact on any of its lists,
 * once (the primary key is the contact). Used by the API's send-now and the worker's scheduler.
 */
export async function materializeRecipients(tx: Prisma.TransactionClient, accountId: string, campaignId: string): Promise<number> {
  await tx.$executeRaw`
    INSERT INTO campaign_recipient (account_id, campaign_id, contact_id, email)
    SELECT c.account_id, ${campaignId}::uuid, c.id, c.email
    FROM contact c
    WHERE c.account_id = ${accountId}::uuid AND c.status = 'SUBSCRIBED'
      AND EXISTS (
        SELECT 1 FROM list_member lm
        JOIN campaign_list cl ON cl.account_id = lm.account_id AND cl.list_id = lm.list_id
        WHERE cl.account_id = ${accountId}::uuid AND cl.campaign_id = ${campaignId}::uuid AND lm.contact_id = c.id)
    ON CONFLICT DO NOTHING`;
  const recipientCount = await tx.campaignRecipient.count({ where: { accountId, campaignId } });
  await tx.campaign.updateMany({ where: { accountId, id: campaignId }, data: { recipientCount } });
  return recipientCount;
}
