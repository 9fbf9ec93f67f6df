import type { AppConfig } from '../../config/config.js';

/** The portal as WebAuthn sees it: its host name is the RP ID (never an IP address), its origin the one expected. */
export interface RelyingParty {
  name: string;
  id: string;
  origin: string;
}

export function relyingPartyOf(config: AppConfig): RelyingParty {
  const url = new URL(config.PORTAL_URL);
  return { name: 'Partner Portal', id: url.hostname, origin: url.origin };
}
