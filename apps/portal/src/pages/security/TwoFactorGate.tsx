import { Alert, Box, Button, Card, CardContent, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Loading, useLocation, useLogout, useRedirect } from 'react-admin';
import { type CurrentAccount, useCurrentAccount } from '../../accounts/currentAccount';
import { accountTitle } from '../../accounts/labels';
import { accountBlockedForTwoFactor } from '../../providers/session';
import { hasSecondFactor, useTwoFactorStatus } from './twoFactorStatus';

/** Pages of the person's own, which open whatever any account requires. */
const OWN_PAGES = /^\/(me|my-account)?(\/|$)/;

/**
 * In place of the current account's pages once its routes answered TWO_FACTOR_REQUIRED: why, and the
 * way in (turn on two-step sign-in, or sign in again with it). The dashboard and the person's own
 * pages stay open.
 */
export function TwoFactorGate({ children }: { children: ReactNode }) {
  const account = useCurrentAccount();
  const { pathname } = useLocation();
  const blocked = accountBlockedForTwoFactor();
  if (blocked === null || OWN_PAGES.test(pathname)) return children;
  // Signed out from this screen: nothing until the login page shows (the account's page would call the API).
  if (!account) return null;
  return account.id === blocked ? <TwoFactorRequired account={account} /> : children;
}

function TwoFactorRequired({ account }: { account: CurrentAccount }) {
  const status = useTwoFactorStatus();
  const redirect = useRedirect();
  const logout = useLogout();
  let body;
  if (status.isPending) body = <Loading loadingPrimary="" loadingSecondary="" />;
  else if (status.data && hasSecondFactor(status.data))
    body = (
      <>
        <Typography>You have two-step sign-in, but this session was signed in without it.</Typography>
        <Box>
          <Button variant="contained" onClick={() => logout()}>
            Sign out and sign in again with your code
          </Button>
        </Box>
      </>
    );
  else
    body = (
      <>
        <Typography>Turn on two-step sign-in for your own sign-in: after your password, you will enter a code from an authenticator app. The account opens as soon as it is on.</Typography>
        <Box>
          <Button variant="contained" onClick={() => redirect('/my-account/security')}>
            Turn on two-step sign-in
          </Button>
        </Box>
      </>
    );
  return (
    <Box sx={{ maxWidth: 640, my: 2 }}>
      <Card>
        <CardContent sx={{ display: 'grid', gap: 2 }}>
          <Typography variant="h5" component="h1">
            {accountTitle(account)} requires two-step sign-in
          </Typography>
          <Alert severity="warning">Its pages open only for people who signed in with a second step.</Alert>
          {body}
        </CardContent>
      </Card>
    </Box>
  );
}
