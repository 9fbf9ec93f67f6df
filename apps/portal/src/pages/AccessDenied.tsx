import { Alert, Box, Button, Card, CardContent, Typography } from '@mui/material';
import { useRedirect } from 'react-admin';
import { accountTitle, roleLabel } from '../accounts/labels';
import { useCurrentAccount } from '../accounts/currentAccount';

/** Shown for a direct URL to a page the caller's role in the current account does not allow. */
export function AccessDenied() {
  const account = useCurrentAccount();
  const redirect = useRedirect();
  return (
    <Box sx={{ maxWidth: 640, my: 2 }}>
      <Card>
        <CardContent sx={{ display: 'grid', gap: 2 }}>
          <Typography variant="h5" component="h1">
            Access denied
          </Typography>
          <Alert severity="warning">
            {account
              ? `Your role in ${accountTitle(account)} (${roleLabel(account)}) does not allow this page.`
              : 'You do not have access to this page.'}
          </Alert>
          <Typography color="text.secondary">
            If you need it, ask the account owner to change your role, or switch to another account from the account menu.
          </Typography>
          <Box>
            <Button variant="contained" onClick={() => redirect('/')}>
              Go to the dashboard
            </Button>
          </Box>
        </CardContent>
      </Card>
    </Box>
  );
}
