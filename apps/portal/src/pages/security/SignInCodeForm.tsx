import { Alert, Box, Button, TextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useLogin } from 'react-admin';
import type { TwoFactorChallenge } from '../../providers/authProvider';
import { errorCode } from '../../providers/api';
import { useSubmission } from '../../common/useSubmission';

const EXPIRED = 'That sign-in took too long. Enter your email and password again.';

/**
 * Sign-in's second step: a 6-digit code from the authenticator app, or one of the recovery codes.
 * When the step's token has expired (or was used), `onRestart` sends the person back to the password.
 */
export function SignInCodeForm({ challenge, onRestart }: { challenge: TwoFactorChallenge; onRestart: (message: string) => void }) {
  const login = useLogin();
  const [useRecoveryCode, setUseRecoveryCode] = useState(false);
  const [value, setValue] = useState('');

  useEffect(() => {
    const timer = setTimeout(() => onRestart(EXPIRED), Math.max(0, Date.parse(challenge.expiresAt) - Date.now()));
    return () => clearTimeout(timer);
  }, [challenge, onRestart]);

  const { busy, error, setError, submit } = useSubmission(
    () => {
      const { twoFactorToken } = challenge;
      const typed = value.trim();
      return login(useRecoveryCode ? { twoFactorToken, recoveryCode: typed } : { twoFactorToken, code: typed.replace(/\s/g, '') });
    },
    {
      onError: (failure) => {
        if (errorCode(failure) !== 'TWO_FACTOR_TOKEN_INVALID') return failure instanceof Error ? failure.message : 'The code could not be checked. Try again.';
        onRestart(EXPIRED);
        return null;
      },
    },
  );

  const switchKind = () => {
    setUseRecoveryCode(!useRecoveryCode);
    setValue('');
    setError(null);
  };

  return (
    <Box component="form" onSubmit={submit} sx={{ display: 'grid', gap: 2, p: 2, pt: 1, maxWidth: 340 }}>
      <Typography>{useRecoveryCode ? 'Enter one of your recovery codes. Each one works once.' : 'Enter the 6-digit code from your authenticator app.'}</Typography>
      {useRecoveryCode ? (
        <TextField key="recovery" label="Recovery code" name="recoveryCode" autoComplete="off" autoFocus required value={value} onChange={(event) => setValue(event.target.value)} slotProps={{ htmlInput: { maxLength: 40, spellCheck: false } }} />
      ) : (
        <TextField
          key="code"
          label="Code"
          name="code"
          autoComplete="one-time-code"
          autoFocus
          required
          value={value}
          onChange={(event) => setValue(event.target.value)}
          slotProps={{ htmlInput: { inputMode: 'numeric', pattern: '[0-9 ]{6,7}', maxLength: 7 } }}
        />
      )}
      {error && <Alert severity="error">{error}</Alert>}
      <Button type="submit" variant="contained" disabled={busy}>
        Verify
      </Button>
      <Button size="small" onClick={switchKind}>
        {useRecoveryCode ? 'Use a code from your app instead' : 'Use a recovery code instead'}
      </Button>
      <Button size="small" onClick={() => onRestart('')}>
        Back to sign in
      </Button>
    </Box>
  );
}
