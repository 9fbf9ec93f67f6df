import { Alert, Box, Button, Card, CardContent, TextField, Typography } from '@mui/material';
import { type FormEvent, useState } from 'react';
import { Title, useNotify } from 'react-admin';
import { answer, api } from '../providers/api';
import { loadMe } from '../providers/me';
import { readMe } from '../providers/session';

const MIN_PASSWORD = 10;

/** Your account: your name and your password (a new password signs out every other session). */
export function MyAccountPage() {
  const me = readMe();
  return (
    <Box sx={{ display: 'grid', gap: 2, maxWidth: 560, mt: 2 }}>
      <Title title="Your account" />
      <Typography variant="h5" component="h1">
        Your account
      </Typography>
      <Typography color="text.secondary">You sign in as {me?.user.email}.</Typography>
      <NameCard initial={me?.user.name ?? ''} />
      <EmailCard />
      <PasswordCard />
      <Card>
        <CardContent sx={{ display: 'grid', gap: 1, justifyItems: 'start' }}>
          <Typography variant="h6" component="h2">
            Security
          </Typography>
          <Typography color="text.secondary">Two-step sign-in, passkeys and your security log.</Typography>
          <Button href="#/my-account/security">Open security settings</Button>
        </CardContent>
      </Card>
    </Box>
  );
}

function NameCard({ initial }: { initial: string }) {
  const notify = useNotify();
  const [name, setName] = useState(initial);
  const [busy, setBusy] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    answer(api.PATCH('/api/me', { body: { name } }))
      .then(async () => {
        await loadMe().catch(() => undefined);
        notify('Your name was saved.', { type: 'success' });
      })
      .catch((error: unknown) => notify((error as Error).message, { type: 'error' }))
      .finally(() => setBusy(false));
  };
  return (
    <Card>
      <CardContent component="form" onSubmit={submit} sx={{ display: 'grid', gap: 2 }}>
        <Typography variant="h6" component="h2">
          Name
        </Typography>
        <TextField label="Your name" name="name" value={name} onChange={(event) => setName(event.target.value)} slotProps={{ htmlInput: { maxLength: 120 } }} />
        <Button type="submit" variant="contained" disabled={busy} sx={{ justifySelf: 'start' }}>
          Save name
        </Button>
      </CardContent>
    </Card>
  );
}

/** The new address is emailed a link; nothing changes until it is followed, and the old address is told. */
function EmailCard() {
  const [newEmail, setNewEmail] = useState('');
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setMessage(null);
    answer(api.POST('/api/me/email', { body: { newEmail, password } }))
      .then((accepted) => {
        setPassword('');
        setMessage({ severity: 'success', text: accepted.message });
      })
      .catch((failure: unknown) => setMessage({ severity: 'error', text: (failure as Error).message }))
      .finally(() => setBusy(false));
  };
  return (
    <Card>
      <CardContent component="form" onSubmit={submit} sx={{ display: 'grid', gap: 2 }}>
        <Typography variant="h6" component="h2">
          Email address
        </Typography>
        <TextField label="New email address" name="newEmail" type="email" autoComplete="email" required value={newEmail} onChange={(event) => setNewEmail(event.target.value)} />
        <TextField label="Your password" name="password" type="password" autoComplete="current-password" required value={password} onChange={(event) => setPassword(event.target.value)} />
        {message && <Alert severity={message.severity}>{message.text}</Alert>}
        <Button type="submit" variant="contained" disabled={busy} sx={{ justifySelf: 'start' }}>
          Send a confirmation link
        </Button>
      </CardContent>
    </Card>
  );
}

function PasswordCard() {
  const notify = useNotify();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    answer(api.POST('/api/me/password', { body: { currentPassword, newPassword } }))
      .then(() => {
        setCurrent('');
        setNew('');
        notify('Your password was changed, and every other session was signed out.', { type: 'success' });
      })
      .catch((failure: unknown) => setError((failure as Error).message))
      .finally(() => setBusy(false));
  };
  return (
    <Card>
      <CardContent component="form" onSubmit={submit} sx={{ display: 'grid', gap: 2 }}>
        <Typography variant="h6" component="h2">
          Password
        </Typography>
        <TextField label="Current password" name="currentPassword" type="password" autoComplete="current-password" required value={currentPassword} onChange={(event) => setCurrent(event.target.value)} />
        <TextField
          label="New password"
          name="newPassword"
          type="password"
          autoComplete="new-password"
          required
          value={newPassword}
          onChange={(event) => setNew(event.target.value)}
          helperText={`At least ${MIN_PASSWORD} characters. Every other session is signed out.`}
          slotProps={{ htmlInput: { minLength: MIN_PASSWORD, maxLength: 200 } }}
        />
        {error && <Alert severity="error">{error}</Alert>}
        <Button type="submit" variant="contained" disabled={busy} sx={{ justifySelf: 'start' }}>
          Change password
        </Button>
      </CardContent>
    </Card>
  );
}
