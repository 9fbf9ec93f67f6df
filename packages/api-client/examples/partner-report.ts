import { createApiClient, ok } from '@partner-portal/api-client';

/** How many contacts each client of a partner holds, through the API as the partner's staff sees it. */
export async function contactsPerClient(baseUrl: string, email: string, password: string) {
  const session = ok(await createApiClient({ baseUrl }).POST('/api/auth/login', { body: { email, password } }));
  if ('twoFactorRequired' in session) throw new Error(`${email} signs in with a second step: this report needs a person who does not`);
  const api = createApiClient({ baseUrl, token: session.accessToken });

  const me = ok(await api.GET('/api/me'));
  const partner = me.accounts.find((account) => account.kind === 'PARTNER');
  if (!partner) throw new Error(`${email} runs no partner account`);

  const clients = ok(await api.GET('/api/accounts/{partnerId}/clients', { params: { path: { partnerId: partner.id }, query: { perPage: 100 } } }));
  const report: Record<string, number> = {};
  for (const client of clients.data) {
    const contacts = ok(await api.GET('/api/accounts/{accountId}/contacts', { params: { path: { accountId: client.id }, query: { perPage: 1 } } }));
    report[client.name] = contacts.total;
  }
  return report;
}
