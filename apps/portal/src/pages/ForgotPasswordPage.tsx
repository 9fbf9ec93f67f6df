import { Alert, Box, Button, Card, CardContent, TextField, Typography } from '@mui/material';
import { type FormEvent, useState } from 'react';
import { answer, api } from '../providers/api';

/** "Forgot password?": the API answers the same for every address and emails a link only to an existing account. */
export function ForgotPasswordPage() {
  const [email, setEmail] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    answer(api.POST('/api/auth/password-reset', { body: { email } }))
      .then((accepted) => setMessage({ severity: 'success', text: accepted.message }))
      .catch((error: unknown) => setMessage({ severity: 'error', text: (error as Error).message }))
      .finally(() => setBusy(false));
  };
  return (
    <Box sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', p: 2, bgcolor: 'grey.100' }}>
      <Card sx={{ width: '100%', maxWidth: 440 }}>
        <CardContent component="form" onSubmit={submit} sx={{ display: 'grid', gap: 2 }}>
          <Typography variant="h5" component="h1">
            Forgot your password?
          </Typography>
          <Typography color="text.secondary">Give the email address you sign in with: we will send it a link to choose a new password.</Typography>
          <TextField label="Email" name="email" type="email" autoComplete="email" autoFocus required value={email} onChange={(event) => setEmail(event.target.value)} />
          <Button type="submit" variant="contained" disabled={busy}>
            Send the link
          </Button>
          {message && <Alert severity={message.severity}>{message.text}</Alert>}
          <Button href="#/login">Back to sign in</Button>
        </CardContent>
      </Card>
    </Box>
  );
}
