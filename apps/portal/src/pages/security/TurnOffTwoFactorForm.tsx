import { Alert, Box, Button, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useSubmission } from '../../common/useSubmission';
import { answer, api } from '../../providers/api';

/** "Turn off": the password and a current code from the app; the recovery codes go with it. */
export function TurnOffTwoFactorForm({ onDone, onCancel }: { onDone: () => void; onCancel: () => void }) {
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const { busy, error, submit } = useSubmission(() => answer(api.POST('/api/me/two-factor/totp/disable', { body: { password, code: code.trim() } })), { onDone });

  return (
    <Box component="form" onSubmit={submit} sx={{ display: 'grid', gap: 2 }}>
      <Typography>Without two-step sign-in, your password alone signs you in. Accounts that require it will not open until you turn it on again.</Typography>
      <TextField label="Your password" name="password" type="password" autoComplete="current-password" autoFocus required value={password} onChange={(event) => setPassword(event.target.value)} />
      <TextField
        label="Code from the app"
        name="code"
        autoComplete="one-time-code"
        required
        value={code}
        onChange={(event) => setCode(event.target.value)}
        helperText="Or one of your recovery codes."
        slotProps={{ htmlInput: { minLength: 6, maxLength: 40, spellCheck: false } }}
      />
      {error && <Alert severity="error">{error}</Alert>}
      <Box sx={{ display: 'flex', gap: 1 }}>
        <Button type="submit" variant="contained" color="error" disabled={busy}>
          Turn off
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </Box>
    </Box>
  );
}
