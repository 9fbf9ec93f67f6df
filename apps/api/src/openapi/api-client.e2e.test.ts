import { describe, expect, it } from '@jest/globals';
import type { AddressInfo } from 'node:net';
import { ApiError, createApiClient, ok } from '@partner-portal/api-client';
import { hashPassword } from '@partner-portal/db';
import { PASSWORD, uniqueEmail, useTestApp } from '../testing/api-harness.js';

// README's example, as a partner would write it; loaded by its path since it lives outside this app's sources.
/** A session of a person who signs in with the password alone. */
async function signIn(baseUrl: string, email: string) {
  const session = ok(await createApiClient({ baseUrl }).POST('/api/auth/login', { body: { email, password: PASSWORD } }));
  if ('twoFactorRequired' in session) throw new Error(`${email} was asked for a second step`);
  return session;
}

const EXAMPLE = new URL('../../../../packages/api-client/examples/partner-report.ts', import.meta.url).href;
type ContactsPerClient = (baseUrl: string, email: string, password: string) => Promise<Record<string, number>>;

/** The generated client (packages/api-client) against the running API, over real HTTP. */
describe('the typed API client', () => {
  const { t, db } = useTestApp();

  async function listening(): Promise<string> {
    const server = t.app.getHttpServer();
    if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  async function partnerStaff(): Promise<{ email: string; partnerId: string }> {
    const email = uniqueEmail('partner');
    const partner = await db.account.create({ data: { kind: 'PARTNER', name: 'Client Report Partners', partnerProgram: 'RESELLER' } });
    const user = await db.user.create({ data: { username: email, email, passwordHash: await hashPassword(PASSWORD), name: 'Parker Partner' } });
    await db.membership.create({ data: { accountId: partner.id, userId: user.id, role: 'ACCOUNT_OWNER' } });
    return { email, partnerId: partner.id };
  }

  it("runs README's partner example: each client's contact count, through typed calls", async () => {
    const baseUrl = await listening();
    const { email, partnerId } = await partnerStaff();
    const session = await signIn(baseUrl, email);
    const api = createApiClient({ baseUrl, token: () => session.accessToken });

    const counts = { 'Harbor Bakery': 3, 'Summit Yoga': 0 };
    for (const [name, contacts] of Object.entries(counts)) {
      const client = ok(await api.POST('/api/accounts/{partnerId}/clients', { params: { path: { partnerId } }, body: { name, billingMode: 'SINGLE_BILL', ownerEmail: uniqueEmail('client-owner') } }));
      for (let index = 0; index < contacts; index += 1) {
        ok(await api.POST('/api/accounts/{accountId}/contacts', { params: { path: { accountId: client.id } }, body: { email: uniqueEmail(`contact-${index}`) } }));
      }
    }

    const { contactsPerClient } = (await import(EXAMPLE)) as { contactsPerClient: ContactsPerClient };
    await expect(contactsPerClient(baseUrl, email, PASSWORD)).resolves.toEqual(counts);
  });

  it("turns a refusal into an ApiError with the API's status, code and message", async () => {
    const baseUrl = await listening();
    const { email } = await partnerStaff();
    const session = await signIn(baseUrl, email);
    const api = createApiClient({ baseUrl, token: session.accessToken });

    const stranger = await api.GET('/api/accounts/{accountId}/contacts', { params: { path: { accountId: '00000000-0000-4000-8000-000000000000' } } });
    expect(stranger.response.status).toBe(404);
    const error = (() => {
      try {
        ok(stranger);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 404, code: expect.stringMatching(/NOT_FOUND$/), message: expect.any(String) });

    const wrongPassword = await createApiClient({ baseUrl }).POST('/api/auth/login', { body: { email, password: 'not-the-password' } });
    expect(wrongPassword.error).toMatchObject({ statusCode: 401, code: expect.any(String) });
  });
});
