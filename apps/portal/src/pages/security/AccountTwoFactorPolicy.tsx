import { Alert, Box, Card, CardContent, FormControlLabel, Link, Switch, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNotify } from 'react-admin';
import { useCurrentAccount } from '../../accounts/currentAccount';
import { accountId, answer, api, errorCode } from '../../providers/api';

/**
 * The account's two-step sign-in policy, on its settings page: when on, its people (and, for a
 * partner, its staff in every client) must sign in with a second step to open it.
 */
export function AccountTwoFactorPolicy() {
  const account = useCurrentAccount();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [needsOwnFactor, setNeedsOwnFactor] = useState(false);
  const id = account?.id ?? '';
  const queryKey = ['security-policy', id];

  const policy = useQuery({
    queryKey,
    queryFn: ({ signal }) => answer(api.GET('/api/accounts/{accountId}/security-policy', { params: { path: { accountId: accountId() } }, signal })),
    enabled: id !== '',
  });
  const save = useMutation({
    mutationFn: (requireTwoFactor: boolean) =>
      answer(api.PUT('/api/accounts/{accountId}/security-policy', { params: { path: { accountId: accountId() } }, body: { requireTwoFactor } })),
    onSuccess: (saved) => {
      setNeedsOwnFactor(false);
      queryClient.setQueryData(queryKey, saved);
      notify(saved.requireTwoFactor ? 'Two-step sign-in is now required.' : 'Two-step sign-in is no longer required.', { type: 'success' });
    },
    onError: (error) => {
      if (errorCode(error) === 'ENABLE_TWO_FACTOR_FIRST') setNeedsOwnFactor(true);
      else notify(error.message, { type: 'error' });
    },
  });

  const label =
    account?.kind === 'PARTNER'
      ? 'Require two-step sign-in for everyone in this account and for your staff in every client'
      : 'Require two-step sign-in for everyone in this account';
  return (
    <Card sx={{ mt: 2 }}>
      <CardContent sx={{ display: 'grid', gap: 1 }}>
        <Typography variant="h6" component="h2">
          Sign-in security
        </Typography>
        {policy.isError ? (
          <Alert severity="error">The sign-in policy could not be loaded. {policy.error.message}</Alert>
        ) : (
          <FormControlLabel
            label={label}
            control={<Switch checked={policy.data?.requireTwoFactor ?? false} disabled={!policy.data || save.isPending} onChange={(event) => save.mutate(event.target.checked)} />}
          />
        )}
        <Typography variant="body2" color="text.secondary">
          People without it are asked to turn on two-step sign-in (an authenticator app or a passkey) before they can open {account?.kind === 'PARTNER' ? 'this account or its clients' : 'this account'}.
        </Typography>
        {needsOwnFactor && (
          <Alert severity="warning">
            <Box component="span">
              Turn on two-step sign-in for yourself first, and sign in with it, so that you are not locked out of this account.{' '}
              <Link href="#/my-account/security">Go to your security settings</Link>
            </Box>
          </Alert>
        )}
      </CardContent>
    </Card>
  );
}
