import { Alert, Box, Button, Card, CardContent, CircularProgress, TextField, Typography } from '@mui/material';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { HttpError, useLocation } from 'react-admin';
import { answer, api } from '../providers/api';

type State = { step: 'verifying' } | { step: 'verified' } | { step: 'gone'; message: string } | { step: 'failed'; message: string };

/**
 * The page a sign-up's verification email links to: posts its token once, then sends the person to
 * sign in; a used or expired link offers to send a new one.
 */
export function VerifyEmailPage() {
  const token = new URLSearchParams(useLocation().search).get('token') ?? '';
  const [state, setState] = useState<State>(token ? { step: 'verifying' } : { step: 'gone', message: 'The link has no token. Open the link from the email again, or copy all of it.' });
  const sent = useRef(false);

  useEffect(() => {
    // Once: a token works only once, and a second request would say it is gone.
    if (!token || sent.current) return;
    sent.current = true;
    answer(api.POST('/api/auth/verify-email', { body: { token } }))
      .then(() => setState({ step: 'verified' }))
      .catch((error: unknown) => {
        const status = error instanceof HttpError ? error.status : 0;
        setState(status === 410 || status === 400 ? { step: 'gone', message: (error as Error).message } : { step: 'failed', message: (error as Error).message });
      });
  }, [token]);

  return (
    <Box sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', p: 2, bgcolor: 'grey.100' }}>
      <Card sx={{ width: '100%', maxWidth: 520 }}>
        <CardContent sx={{ display: 'grid', gap: 2 }}>
          <Typography variant="overline" color="text.secondary">
            Partner Portal
          </Typography>
          {state.step === 'verifying' && (
            <Box sx={{ display: 'flex', gap: 2, alignItems: 'center' }}>
              <CircularProgress size={24} />
              <Typography>Verifying your email address…</Typography>
            </Box>
          )}
          {state.step === 'verified' && (
            <>
              <Typography variant="h5" component="h1">
                Your email address is verified
              </Typography>
              <Button variant="contained" href="#/login">
                Sign in
              </Button>
            </>
          )}
          {state.step === 'gone' && (
            <>
              <Typography variant="h5" component="h1">
                This link can no longer be used
              </Typography>
              <Typography color="text.secondary">{state.message}</Typography>
              <SendAgain />
            </>
          )}
          {state.step === 'failed' && <Alert severity="error">Your email address could not be verified. {state.message}</Alert>}
        </CardContent>
      </Card>
    </Box>
  );
}

/** "Send the link again": the API answers the same for every address. */
function SendAgain() {
  const [email, setEmail] = useState('');
  const [message, setMessage] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    answer(api.POST('/api/auth/verify-email/resend', { body: { email } }))
      .then((accepted) => setMessage({ severity: 'success', text: accepted.message }))
      .catch((error: unknown) => setMessage({ severity: 'error', text: (error as Error).message }));
  };
  return (
    <Box component="form" onSubmit={submit} sx={{ display: 'grid', gap: 2 }}>
      <TextField label="Email" type="email" autoComplete="email" required value={email} onChange={(event) => setEmail(event.target.value)} />
      <Button type="submit" variant="outlined">
        Send the link again
      </Button>
      {message && <Alert severity={message.severity}>{message.text}</Alert>}
    </Box>
  );
}
