/**
 * A username is the email address compared case-insensitively: stored lower-cased.
 * Plus-addresses stay distinct (`sue+1@x.com` is not `sue@x.com`).
 */
export function toUsername(email: string): string {
  return email.trim().toLowerCase();
}
