import { Alert, Box, Button, Card, CardContent, Chip, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Loading, Title, useNotify } from 'react-admin';
import { unblockTwoFactor } from '../../providers/session';
import { NewRecoveryCodesForm } from './NewRecoveryCodesForm';
import { PasskeysSection } from './passkeys/PasskeysSection';
import { RecoveryCodesList } from './RecoveryCodesList';
import { TotpEnrollment } from './TotpEnrollment';
import { TurnOffTwoFactorForm } from './TurnOffTwoFactorForm';
import { TWO_FACTOR_QUERY_KEY, type TwoFactorStatus, useTwoFactorStatus } from './twoFactorStatus';

/** Your security: two-step sign-in, passkeys, and a link to the log of every sign-in and change. */
export function SecurityPage() {
  return (
    <Box sx={{ display: 'grid', gap: 2, maxWidth: 720, my: 2 }}>
      <Title title="Security" />
      <Typography variant="h5" component="h1">
        Security
      </Typography>
      <TwoFactorCard />
      <PasskeysSection />
      <Card>
        <CardContent sx={{ display: 'grid', gap: 1, justifyItems: 'start' }}>
          <Typography variant="h6" component="h2">
            Security log
          </Typography>
          <Typography color="text.secondary">Every sign-in and every change to your password, email, two-step sign-in and passkeys.</Typography>
          <Button href="#/my-account/security-log">Open the security log</Button>
        </CardContent>
      </Card>
    </Box>
  );
}

type Mode = 'enroll' | 'regenerate' | 'disable' | null;

function TwoFactorCard() {
  const status = useTwoFactorStatus();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const [mode, setMode] = useState<Mode>(null);
  const [codes, setCodes] = useState<string[] | null>(null);

  const refresh = () => queryClient.invalidateQueries({ queryKey: TWO_FACTOR_QUERY_KEY });
  const showCodes = (recoveryCodes: string[]) => {
    setMode(null);
    setCodes(recoveryCodes);
    void refresh();
  };
  const enabled = (recoveryCodes: string[]) => {
    // This session proved the code: accounts that require two-step sign-in open again.
    unblockTwoFactor();
    notify('Two-step sign-in is on.', { type: 'success' });
    showCodes(recoveryCodes);
  };
  const turnedOff = () => {
    setMode(null);
    notify('Two-step sign-in is off.', { type: 'info' });
    void refresh();
  };
  const cancel = () => setMode(null);

  let body;
  if (codes) body = <RecoveryCodesList codes={codes} onDone={() => setCodes(null)} />;
  else if (mode === 'enroll') body = <TotpEnrollment onEnabled={enabled} onCancel={cancel} />;
  else if (mode === 'regenerate') body = <NewRecoveryCodesForm onCodes={showCodes} onCancel={cancel} />;
  else if (mode === 'disable') body = <TurnOffTwoFactorForm onDone={turnedOff} onCancel={cancel} />;
  else if (status.isPending) body = <Loading loadingPrimary="Loading…" loadingSecondary="" />;
  else if (status.isError)
    body = (
      <Alert severity="error" action={<Button onClick={() => status.refetch()}>Retry</Button>}>
        Your two-step sign-in could not be loaded. {status.error.message}
      </Alert>
    );
  else body = <TwoFactorSummary status={status.data} onMode={setMode} />;

  return (
    <Card>
      <CardContent sx={{ display: 'grid', gap: 2 }}>
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
          <Typography variant="h6" component="h2">
            Two-step sign-in
          </Typography>
          {status.data && <Chip size="small" label={status.data.totpEnabled ? 'On' : 'Off'} color={status.data.totpEnabled ? 'success' : 'default'} />}
        </Box>
        {body}
      </CardContent>
    </Card>
  );
}

function TwoFactorSummary({ status, onMode }: { status: TwoFactorStatus; onMode: (mode: Mode) => void }) {
  if (!status.totpEnabled) {
    return (
      <>
        <Typography color="text.secondary">
          Two-step sign-in is off. Turn it on and signing in asks, after your password, for a code from an authenticator app on your phone.
        </Typography>
        <Box>
          <Button variant="contained" onClick={() => onMode('enroll')}>
            Turn on
          </Button>
        </Box>
      </>
    );
  }
  const since = status.totpEnabledAt ? ` since ${new Date(status.totpEnabledAt).toLocaleDateString()}` : '';
  return (
    <>
      <Typography color="text.secondary">Two-step sign-in is on{since}: signing in asks for your password and a code from your authenticator app.</Typography>
      <Alert severity={status.recoveryCodesLeft <= 3 ? 'warning' : 'info'}>
        {status.recoveryCodesLeft === 1 ? '1 recovery code left.' : `${status.recoveryCodesLeft} recovery codes left.`} Each one signs you in once without the app.
      </Alert>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
        <Button variant="outlined" onClick={() => onMode('regenerate')}>
          New recovery codes
        </Button>
        <Button variant="outlined" color="error" onClick={() => onMode('disable')}>
          Turn off
        </Button>
      </Box>
    </>
  );
}
