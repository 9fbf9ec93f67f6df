import { Alert, Box, Button } from '@mui/material';
import { browserSupportsWebAuthn } from '@simplewebauthn/browser';
import { useState } from 'react';
import { useLogin } from 'react-admin';
import { ceremonyMessage } from './passkeyCeremony';

/** "Sign in with a passkey": no email, no password; the browser offers the person's passkeys for this site. */
export function PasskeySignInButton() {
  const login = useLogin();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!browserSupportsWebAuthn()) return null;

  const signIn = () => {
    setBusy(true);
    setError(null);
    login({ passkey: true }).catch((failure: unknown) => {
      setBusy(false);
      setError(ceremonyMessage(failure, 'sign-in'));
    });
  };
  return (
    <Box sx={{ display: 'grid', gap: 1, px: 2, pb: 1 }}>
      {error && <Alert severity="error">{error}</Alert>}
      <Button variant="outlined" onClick={signIn} disabled={busy}>
        Sign in with a passkey
      </Button>
    </Box>
  );
}
