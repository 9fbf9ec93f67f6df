import { Alert, Box, Button, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useSubmission } from '../../common/useSubmission';
import { answer, api, errorCode } from '../../providers/api';
import { OtpauthQrCode } from './OtpauthQrCode';

type Setup = { secret: string; otpauthUrl: string };

/** "ABCD EFGH IJKL ...": easier to type into an app by hand. */
const grouped = (secret: string) => secret.replace(/(.{4})(?=.)/g, '$1 ');

/**
 * Turning on two-step sign-in: the password, then the QR code (and the key to type instead) for the
 * authenticator app, then its first code, which turns it on and answers the ten recovery codes.
 */
export function TotpEnrollment({ onEnabled, onCancel }: { onEnabled: (recoveryCodes: string[]) => void; onCancel: () => void }) {
  const [setup, setSetup] = useState<Setup | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  if (!setup) return <PasswordStep notice={notice} onSetup={setSetup} onCancel={onCancel} />;
  return (
    <CodeStep
      setup={setup}
      onEnabled={onEnabled}
      onCancel={onCancel}
      onRestart={(message) => {
        setSetup(null);
        setNotice(message);
      }}
    />
  );
}

function PasswordStep({ notice, onSetup, onCancel }: { notice: string | null; onSetup: (setup: Setup) => void; onCancel: () => void }) {
  const [password, setPassword] = useState('');
  const { busy, error, submit } = useSubmission(() => answer(api.POST('/api/me/two-factor/totp/setup', { body: { password } })), { onDone: onSetup, initialError: notice });
  return (
    <Box component="form" onSubmit={submit} sx={{ display: 'grid', gap: 2 }}>
      <Typography>Confirm your password to turn on two-step sign-in.</Typography>
      <TextField label="Your password" name="password" type="password" autoComplete="current-password" autoFocus required value={password} onChange={(event) => setPassword(event.target.value)} />
      {error && <Alert severity="error">{error}</Alert>}
      <Box sx={{ display: 'flex', gap: 1 }}>
        <Button type="submit" variant="contained" disabled={busy}>
          Continue
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </Box>
    </Box>
  );
}

function CodeStep({ setup, onEnabled, onCancel, onRestart }: { setup: Setup; onEnabled: (codes: string[]) => void; onCancel: () => void; onRestart: (message: string) => void }) {
  const [code, setCode] = useState('');
  const { busy, error, submit } = useSubmission(() => answer(api.POST('/api/me/two-factor/totp/confirm', { body: { code: code.replace(/\s/g, '') } })), {
    onDone: ({ recoveryCodes }) => onEnabled(recoveryCodes),
    onError: (failure) => {
      if (errorCode(failure) !== 'TWO_FACTOR_NOT_SET_UP') return (failure as Error).message;
      onRestart('The setup was interrupted. Confirm your password to start again.');
      return null;
    },
  });
  return (
    <Box component="form" onSubmit={submit} sx={{ display: 'grid', gap: 2 }}>
      <Typography>
        1. Scan this QR code with your authenticator app (such as Google Authenticator, Microsoft Authenticator, 1Password or Authy).
      </Typography>
      <OtpauthQrCode otpauthUrl={setup.otpauthUrl} />
      <TextField
        label="Setup key"
        name="setupKey"
        value={grouped(setup.secret)}
        helperText="Cannot scan? Enter this key in the app instead (time-based)."
        slotProps={{ htmlInput: { readOnly: true, spellCheck: false, style: { fontFamily: 'monospace' } } }}
      />
      <Typography>2. Enter the 6-digit code the app shows.</Typography>
      <TextField
        label="Code from the app"
        name="code"
        autoComplete="one-time-code"
        required
        value={code}
        onChange={(event) => setCode(event.target.value)}
        slotProps={{ htmlInput: { inputMode: 'numeric', pattern: '[0-9 ]{6,7}', maxLength: 7 } }}
      />
      {error && <Alert severity="error">{error}</Alert>}
      <Box sx={{ display: 'flex', gap: 1 }}>
        <Button type="submit" variant="contained" disabled={busy}>
          Turn on
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </Box>
    </Box>
  );
}
