import { Alert, Box, Button, Card, CardContent, CircularProgress, Divider, TextField, Typography } from '@mui/material';
import type { Schemas } from '@partner-portal/api-client';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { HttpError, useLocation, useNavigate, useNotify } from 'react-admin';
import { ROLE_LABELS } from '../accounts/labels';
import { answer, api, errorCode } from '../providers/api';
import { enterAccount, loadMe } from '../providers/me';
import { readMe, readSession, saveSession } from '../providers/session';

/** `GET /api/invitations/:token`. */
type Preview = Schemas['InvitationPreviewDto'];

type State =
  | { step: 'loading' }
  | { step: 'missing' }
  | { step: 'unusable'; title: string; message: string }
  | { step: 'failed'; message: string }
  | { step: 'ready'; preview: Preview };

const MIN_PASSWORD = 10;

/**
 * The page the invitation email links to: shows the account, the role and who invited; a new person
 * sets a password, an existing user signs in (or is signed in already) to accept.
 */
export function AcceptInvitationPage() {
  const token = new URLSearchParams(useLocation().search).get('token') ?? '';
  const [state, setState] = useState<State>({ step: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!token) {
      setState({ step: 'missing' });
      return;
    }
    const controller = new AbortController();
    setState({ step: 'loading' });
    answer(api.GET('/api/invitations/{token}', { params: { path: { token } }, signal: controller.signal }))
      .then((preview) => setState({ step: 'ready', preview }))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        const status = error instanceof HttpError ? error.status : 0;
        if (status === 410) setState({ step: 'unusable', title: 'This invitation can no longer be used', message: (error as Error).message });
        else if (status === 404) setState({ step: 'unusable', title: 'This invitation link is not valid', message: (error as Error).message });
        else setState({ step: 'failed', message: (error as Error).message });
      });
    return () => controller.abort();
  }, [token, attempt]);

  return (
    <Box sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', p: 2, bgcolor: 'grey.100' }}>
      <Card sx={{ width: '100%', maxWidth: 520 }}>
        <CardContent sx={{ display: 'grid', gap: 2 }}>
          <Typography variant="overline" color="text.secondary">
            Partner Portal
          </Typography>
          {state.step === 'loading' && (
            <Box sx={{ display: 'flex', gap: 2, alignItems: 'center' }}>
              <CircularProgress size={24} />
              <Typography>Loading your invitation…</Typography>
            </Box>
          )}
          {state.step === 'missing' && (
            <Unusable title="This invitation link is incomplete" message="The link has no invitation token. Open the link from the invitation email again, or copy all of it." />
          )}
          {state.step === 'unusable' && <Unusable title={state.title} message={state.message} />}
          {state.step === 'failed' && (
            <Alert severity="error" action={<Button color="inherit" size="small" onClick={() => setAttempt((n) => n + 1)}>Retry</Button>}>
              The invitation could not be loaded. {state.message}
            </Alert>
          )}
          {state.step === 'ready' && <AcceptForm token={token} preview={state.preview} onGone={(message) => setState({ step: 'unusable', title: 'This invitation can no longer be used', message })} />}
        </CardContent>
      </Card>
    </Box>
  );
}

function Unusable({ title, message }: { title: string; message: string }) {
  return (
    <>
      <Typography variant="h5" component="h1">
        {title}
      </Typography>
      <Alert severity="warning">{message}</Alert>
      <Typography color="text.secondary">
        Invitation links work once, and stop working when they expire or when a newer invitation replaces them.
      </Typography>
      <Box>
        <Button variant="outlined" href="#/login">
          Go to sign in
        </Button>
      </Box>
    </>
  );
}

function AcceptForm({ token, preview, onGone }: { token: string; preview: Preview; onGone: (message: string) => void }) {
  const navigate = useNavigate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const signedInAs = readSession() ? readMe()?.user.email : undefined;
  const signedInAsInvitee = signedInAs !== undefined && signedInAs.toLowerCase() === preview.email.toLowerCase();
  const inviter = preview.invitedBy ? (preview.invitedBy.name ? `${preview.invitedBy.name} (${preview.invitedBy.email})` : preview.invitedBy.email) : null;
  const newPerson = !preview.existingUser;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (newPerson && password.length < MIN_PASSWORD) return setError(`Choose a password of at least ${MIN_PASSWORD} characters.`);
    if (newPerson && password !== confirm) return setError('The two passwords differ.');
    if (!newPerson && !signedInAsInvitee && !password) return setError(`Enter the password of ${preview.email}.`);
    setBusy(true);
    try {
      const body = signedInAsInvitee ? {} : newPerson ? { password, ...(name.trim() ? { name: name.trim() } : {}) } : { password };
      const accepted = await answer(api.POST('/api/invitations/{token}/accept', { params: { path: { token } }, body }));
      saveSession({ accessToken: accepted.accessToken, expiresAt: accepted.expiresAt });
      await loadMe();
      await enterAccount(accepted.account.id);
      await queryClient.resetQueries();
      notify(`Welcome to ${accepted.account.name}.`, { type: 'success' });
      navigate('/');
    } catch (failure) {
      const code = errorCode(failure);
      if (code === 'INVITATION_GONE' || code === 'INVITATION_NOT_FOUND') onGone((failure as Error).message);
      else setError((failure as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box component="form" onSubmit={submit} noValidate sx={{ display: 'grid', gap: 2 }}>
      <Typography variant="h5" component="h1">
        Join {preview.account.name}
      </Typography>
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 2, rowGap: 0.5, m: 0, '& dd': { m: 0 } }}>
        <Typography component="dt" color="text.secondary">Account</Typography>
        <Typography component="dd">{preview.account.name}</Typography>
        <Typography component="dt" color="text.secondary">Role</Typography>
        <Typography component="dd">{preview.customRole?.name ?? ROLE_LABELS[preview.role] ?? preview.role}</Typography>
        <Typography component="dt" color="text.secondary">Invited by</Typography>
        <Typography component="dd">{inviter ?? 'Partner Portal'}</Typography>
        <Typography component="dt" color="text.secondary">Username</Typography>
        <Typography component="dd">{preview.email}</Typography>
        <Typography component="dt" color="text.secondary">Expires</Typography>
        <Typography component="dd">{new Date(preview.expiresAt).toLocaleString()}</Typography>
      </Box>
      <Divider />
      {newPerson ? (
        <>
          <Typography>Set a password to create your login.</Typography>
          <TextField label="Your name" value={name} onChange={(e) => setName(e.target.value)} autoComplete="name" />
          <TextField
            label="Password"
            type="password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            autoComplete="new-password"
            helperText={`At least ${MIN_PASSWORD} characters.`}
            required
          />
          <TextField label="Repeat the password" type="password" value={confirm} onChange={(e) => setConfirm(e.target.value)} autoComplete="new-password" required />
        </>
      ) : signedInAsInvitee ? (
        <Typography>You are signed in as {preview.email}.</Typography>
      ) : (
        <>
          <Typography>
            {preview.email} already has a login. Sign in to accept{signedInAs ? ` (you are signed in as ${signedInAs}, a different username)` : ''}.
          </Typography>
          <TextField label="Password" type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="current-password" required />
        </>
      )}
      {error && <Alert severity="error">{error}</Alert>}
      <Box>
        <Button type="submit" variant="contained" disabled={busy}>
          {newPerson ? 'Create login and accept' : signedInAsInvitee ? 'Accept invitation' : 'Sign in and accept'}
        </Button>
      </Box>
    </Box>
  );
}
