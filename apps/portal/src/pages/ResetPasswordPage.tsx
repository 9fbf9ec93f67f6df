import { Alert, Box, Button, Card, CardContent, TextField, Typography } from '@mui/material';
import { type FormEvent, useState } from 'react';
import { useLocation } from 'react-admin';
import { answer, api } from '../providers/api';

const MIN_PASSWORD = 10;

/** The page a password-reset email links to: a new password, set once; every other session is signed out. */
export function ResetPasswordPage() {
  const token = new URLSearchParams(useLocation().search).get('token') ?? '';
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<string | null>(token ? null : 'The link has no token. Open the link from the email again, or copy all of it.');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    answer(api.POST('/api/auth/password-reset/confirm', { body: { token, password } }))
      .then(() => setDone(true))
      .catch((failure: unknown) => setError((failure as Error).message))
      .finally(() => setBusy(false));
  };
  return (
    <Box sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', p: 2, bgcolor: 'grey.100' }}>
      <Card sx={{ width: '100%', maxWidth: 440 }}>
        {done ? (
          <CardContent sx={{ display: 'grid', gap: 2 }}>
            <Typography variant="h5" component="h1">
              Your password is set
            </Typography>
            <Typography color="text.secondary">Every other session was signed out. Sign in with your new password.</Typography>
            <Button variant="contained" href="#/login">
              Sign in
            </Button>
          </CardContent>
        ) : (
          <CardContent component="form" onSubmit={submit} sx={{ display: 'grid', gap: 2 }}>
            <Typography variant="h5" component="h1">
              Choose a new password
            </Typography>
            <TextField
              label="New password"
              name="password"
              type="password"
              autoComplete="new-password"
              autoFocus
              required
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              helperText={`At least ${MIN_PASSWORD} characters`}
              slotProps={{ htmlInput: { minLength: MIN_PASSWORD, maxLength: 200 } }}
            />
            <Button type="submit" variant="contained" disabled={busy || !token}>
              Set the password
            </Button>
            {error && (
              <Alert severity="error">
                {error} <a href="#/forgot-password">Ask for a new link</a>
              </Alert>
            )}
          </CardContent>
        )}
      </Card>
    </Box>
  );
}
