import { Alert, Box, Button, Link, TextField, Typography } from '@mui/material';
import { useCallback, useState } from 'react';
import { Login, useLogin } from 'react-admin';
import { TwoFactorChallenge } from '../providers/authProvider';
import { useSubmission } from '../common/useSubmission';
import { PasskeySignInButton } from './security/passkeys/PasskeySignInButton';
import { SignInCodeForm } from './security/SignInCodeForm';

/**
 * Sign-in: the email and password, then, for a person with two-step sign-in on, a code from their
 * authenticator app or a recovery code. "Forgot password?" below.
 */
export function LoginPage() {
  const [challenge, setChallenge] = useState<TwoFactorChallenge | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const restart = useCallback((message: string) => {
    setChallenge(null);
    setNotice(message);
  }, []);
  return (
    <Login>
      <Typography variant="h6" component="h1" align="center">
        Partner Portal
      </Typography>
      {challenge ? (
        <SignInCodeForm challenge={challenge} onRestart={restart} />
      ) : (
        <>
          <PasswordForm notice={notice} onChallenge={setChallenge} />
          <PasskeySignInButton />
        </>
      )}
      <Typography align="center" sx={{ pb: 2 }}>
        <Link href="#/forgot-password">Forgot password?</Link>
      </Typography>
    </Login>
  );
}

/** The first step; `notice` says why the person is back here (the code step took too long). */
function PasswordForm({ notice, onChallenge }: { notice: string | null; onChallenge: (challenge: TwoFactorChallenge) => void }) {
  const login = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { busy, error, submit } = useSubmission(() => login({ email, password }), {
    onError: (failure) => {
      if (!(failure instanceof TwoFactorChallenge)) return failure instanceof Error ? failure.message : 'Sign-in failed. Try again.';
      onChallenge(failure);
      return null;
    },
  });
  return (
    <Box component="form" onSubmit={submit} sx={{ display: 'grid', gap: 2, p: 2, pt: 1 }}>
      {notice && !error && <Alert severity="info">{notice}</Alert>}
      <TextField label="Email" name="email" type="email" autoComplete="email" autoFocus required value={email} onChange={(event) => setEmail(event.target.value)} />
      <TextField label="Password" name="password" type="password" autoComplete="current-password" required value={password} onChange={(event) => setPassword(event.target.value)} />
      {error && <Alert severity="error">{error}</Alert>}
      <Button type="submit" variant="contained" disabled={busy}>
        Sign in
      </Button>
    </Box>
  );
}
