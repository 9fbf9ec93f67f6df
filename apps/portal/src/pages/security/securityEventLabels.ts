/** What each security-log action means to the person; an action not listed here is shown as it is. */
const LABELS: Record<string, string> = {
  signup: 'Signed up',
  'email.verification-resent': 'Verification link sent again',
  'email.verified': 'Email address verified',
  'email.change-requested': 'Email change requested',
  'email.changed': 'Email address changed',
  'name.changed': 'Name changed',
  'password.reset-requested': 'Password reset requested',
  'password.reset': 'Password reset',
  'password.changed': 'Password changed',
  'session.revoked': 'Signed out a session',
  'session.revoked-others': 'Signed out every other session',
  'login.two-factor': 'Signed in with a code',
  'login.recovery-code': 'Signed in with a recovery code',
  'login.passkey': 'Signed in with a passkey',
  'two-factor.enabled': 'Two-step sign-in turned on',
  'two-factor.disabled': 'Two-step sign-in turned off',
  'two-factor.recovery-codes-regenerated': 'New recovery codes made',
  'passkey.added': 'Passkey added',
  'passkey.removed': 'Passkey removed',
  'account.security-policy.changed': "Changed an account's two-step sign-in rule",
};

export function securityEventLabel(action: string): string {
  return LABELS[action] ?? action;
}
