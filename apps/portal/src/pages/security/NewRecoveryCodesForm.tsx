import { Alert, Box, Button, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useSubmission } from '../../common/useSubmission';
import { answer, api } from '../../providers/api';

/** "New recovery codes": with the password, ten new codes replace every old one. */
export function NewRecoveryCodesForm({ onCodes, onCancel }: { onCodes: (recoveryCodes: string[]) => void; onCancel: () => void }) {
  const [password, setPassword] = useState('');
  const { busy, error, submit } = useSubmission(() => answer(api.POST('/api/me/two-factor/recovery-codes', { body: { password } })), {
    onDone: ({ recoveryCodes }) => onCodes(recoveryCodes),
  });

  return (
    <Box component="form" onSubmit={submit} sx={{ display: 'grid', gap: 2 }}>
      <Typography>Ten new recovery codes replace your old ones, which stop working. Confirm your password.</Typography>
      <TextField label="Your password" name="password" type="password" autoComplete="current-password" autoFocus required value={password} onChange={(event) => setPassword(event.target.value)} />
      {error && <Alert severity="error">{error}</Alert>}
      <Box sx={{ display: 'flex', gap: 1 }}>
        <Button type="submit" variant="contained" disabled={busy}>
          Make new codes
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </Box>
    </Box>
  );
}
