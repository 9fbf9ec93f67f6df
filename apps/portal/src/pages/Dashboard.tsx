import { Alert, Box, Button, Card, CardContent, CardHeader, Chip, Divider, List, ListItem, ListItemText, Typography } from '@mui/material';
import { Fragment, type ReactNode } from 'react';
import { Loading } from 'react-admin';
import { kindLabel, roleLabel } from '../accounts/labels';
import { useMe } from '../accounts/useMe';
import type { Me, MyAccount } from '../providers/me';

export function Dashboard() {
  const { me, isPending, error, isFetching, refetch } = useMe();
  if (isPending) return <Loading loadingPrimary="Loading your accounts…" loadingSecondary="" />;
  if (!me) {
    return (
      <Page>
        <Alert
          severity="error"
          action={
            <Button color="inherit" size="small" disabled={isFetching} onClick={() => refetch()}>
              Retry
            </Button>
          }
        >
          Your accounts could not be loaded. {error?.message}
        </Alert>
      </Page>
    );
  }
  return (
    <Page>
      <SignedInAs user={me.user} />
      <Card>
        <CardHeader title="Your accounts" slotProps={{ title: { variant: 'h6', component: 'h2' } }} />
        <Divider />
        {me.accounts.length === 0 ? <NoAccounts /> : <AccountList accounts={me.accounts} />}
      </Card>
    </Page>
  );
}

function Page({ children }: { children: ReactNode }) {
  return <Box sx={{ width: '100%', maxWidth: 760, my: { xs: 1, sm: 2 }, display: 'grid', gap: 2 }}>{children}</Box>;
}

function SignedInAs({ user }: { user: Me['user'] }) {
  return (
    <Card>
      <CardContent>
        <Typography variant="overline" color="text.secondary">
          Signed in as
        </Typography>
        <Typography variant="h5" component="h1">
          {user.name || user.email}
        </Typography>
        {user.name && <Typography color="text.secondary">{user.email}</Typography>}
      </CardContent>
    </Card>
  );
}

function AccountList({ accounts }: { accounts: MyAccount[] }) {
  return (
    <List disablePadding aria-label="Your accounts">
      {accounts.map((account, index) => (
        <Fragment key={account.id}>
          {index > 0 && <Divider component="li" />}
          <ListItem sx={{ flexWrap: 'wrap', columnGap: 2 }}>
            <ListItemText primary={account.name} secondary={kindLabel(account)} />
            <Chip label={roleLabel(account)} size="small" variant="outlined" />
          </ListItem>
        </Fragment>
      ))}
    </List>
  );
}

function NoAccounts() {
  return (
    <CardContent>
      <Typography color="text.secondary">
        You do not belong to any account yet. When someone invites you, the account appears here.
      </Typography>
    </CardContent>
  );
}
