import assert from 'node:assert/strict';
import { generate } from 'otplib';
import { signedInAs, type TestApp } from '../../testing/api-harness.js';

const PERIOD = 30;
const stepNow = () => Math.floor(Date.now() / 1000 / PERIOD);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The test's authenticator app: codes computed from the secret the API handed out. Each code is of a
 * later time step than the one before (the API refuses an earlier or equal one), the earliest the API
 * still accepts (it takes one step either side of now), waiting for the next step when none is left.
 */
export class TestAuthenticator {
  /** The time step of the last code handed out. */
  lastStep = -1;

  constructor(readonly secret: string) {}

  async code(): Promise<string> {
    // Not in a step's last two seconds, so a code of the step before stays in the API's window when it checks.
    if (Date.now() % (PERIOD * 1000) > (PERIOD - 2) * 1000) await sleep(PERIOD * 1000 - (Date.now() % (PERIOD * 1000)) + 50);
    let step = Math.max(stepNow() - 1, this.lastStep + 1);
    if (step > stepNow() + 1) {
      await sleep((step - 1) * PERIOD * 1000 - Date.now() + 50);
      step = Math.max(stepNow() - 1, this.lastStep + 1);
    }
    this.lastStep = step;
    return generate({ secret: this.secret, epoch: step * PERIOD });
  }

  /** A code the API refuses now: of a step far from now, and none of the codes of the accepted window. */
  async wrongCode(): Promise<string> {
    const now = stepNow();
    const accepted = await Promise.all([now - 1, now, now + 1, now + 2].map((step) => generate({ secret: this.secret, epoch: step * PERIOD })));
    for (let step = now + 100; ; step += 1) {
      const code = await generate({ secret: this.secret, epoch: step * PERIOD });
      if (!accepted.includes(code)) return code;
    }
  }
}

/** Turns TOTP on through the API for the person signed in with `token`: their authenticator and recovery codes. */
export async function enrollTotp(t: TestApp, token: string, password: string): Promise<{ authenticator: TestAuthenticator; recoveryCodes: string[]; otpauthUrl: string }> {
  const setup = await signedInAs(t, token).post('/api/me/two-factor/totp/setup', { password });
  assert.equal(setup.status, 200, JSON.stringify(setup.body));
  const authenticator = new TestAuthenticator(setup.body.secret);
  const confirm = await signedInAs(t, token).post('/api/me/two-factor/totp/confirm', { code: await authenticator.code() });
  assert.equal(confirm.status, 200, JSON.stringify(confirm.body));
  return { authenticator, recoveryCodes: confirm.body.recoveryCodes, otpauthUrl: setup.body.otpauthUrl };
}
