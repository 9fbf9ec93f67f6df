import { Alert, Box, Button, Card, CardContent, CircularProgress, Typography } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import { HttpError, useLocation } from 'react-admin';
import { answer, api } from '../providers/api';

type State = { step: 'verifying' } | { step: 'verified' } | { step: 'gone'; message: string } | { step: 'failed'; message: string };

/** The page an email change's link (sent to the new address) opens: posts its token once, then sends the person to sign in with it. */
export function ConfirmEmailChangePage() {
  const token = new URLSearchParams(useLocation().search).get('token') ?? '';
  const [state, setState] = useState<State>(token ? { step: 'verifying' } : { step: 'gone', message: 'The link has no token. Open the link from the email again, or copy all of it.' });
  const sent = useRef(false);

  useEffect(() => {
    // Once: a token works only once, and a second request would say it is gone.
    if (!token || sent.current) return;
    sent.current = true;
    answer(api.POST('/api/auth/email-change/confirm', { body: { token } }))
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
              <Typography>Confirming your new email address…</Typography>
            </Box>
          )}
          {state.step === 'verified' && (
            <>
              <Typography variant="h5" component="h1">
                Your new email address is confirmed
              </Typography>
              <Button variant="contained" href="#/login">
                Sign in with it
              </Button>
            </>
          )}
          {state.step === 'gone' && (
            <>
              <Typography variant="h5" component="h1">
                This link can no longer be used
              </Typography>
              <Typography color="text.secondary">{state.message} Ask for a new link from Your account.</Typography>
            </>
          )}
          {state.step === 'failed' && <Alert severity="error">Your new email address could not be confirmed. {state.message}</Alert>}
        </CardContent>
      </Card>
    </Box>
  );
}
