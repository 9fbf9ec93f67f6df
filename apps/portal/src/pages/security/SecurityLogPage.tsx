import { Alert, Box, Button, Card, CardContent, Table, TableBody, TableCell, TableHead, TablePagination, TableRow, Typography } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Loading, Title, useLogoutIfAccessDenied } from 'react-admin';
import { answer, api } from '../../providers/api';
import { securityEventLabel } from './securityEventLabels';

const PER_PAGE = 25;

/** The person's security log, newest first: sign-ins and every change to how they sign in. */
export function SecurityLogPage() {
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  const [page, setPage] = useState(0);
  const events = useQuery({
    queryKey: ['me', 'security-events', page],
    queryFn: async ({ signal }) => {
      try {
        return await answer(api.GET('/api/me/security-events', { params: { query: { page: page + 1, perPage: PER_PAGE } }, signal }));
      } catch (error) {
        await logoutIfAccessDenied(error);
        throw error;
      }
    },
    placeholderData: keepPreviousData,
    gcTime: 0,
  });

  let body;
  if (events.isPending) body = <Loading loadingPrimary="Loading your security log…" loadingSecondary="" />;
  else if (events.isError)
    body = (
      <Alert severity="error" action={<Button onClick={() => events.refetch()}>Retry</Button>}>
        Your security log could not be loaded. {events.error.message}
      </Alert>
    );
  else if (events.data.total === 0) body = <Typography color="text.secondary">Nothing recorded yet.</Typography>;
  else
    body = (
      <>
        <Table size="small" aria-label="Security log">
          <TableHead>
            <TableRow>
              <TableCell>What</TableCell>
              <TableCell>When</TableCell>
              <TableCell>Device</TableCell>
              <TableCell>Address</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {events.data.data.map((event) => (
              <TableRow key={event.id}>
                <TableCell>{securityEventLabel(event.action)}</TableCell>
                <TableCell>{new Date(event.createdAt).toLocaleString()}</TableCell>
                <TableCell>{event.device}</TableCell>
                <TableCell>{event.ip ?? 'Unknown'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <TablePagination component="div" count={events.data.total} page={page} onPageChange={(_, next) => setPage(next)} rowsPerPage={PER_PAGE} rowsPerPageOptions={[PER_PAGE]} />
      </>
    );

  return (
    <Box sx={{ maxWidth: 960, my: 2 }}>
      <Title title="Security log" />
      <Card>
        <CardContent sx={{ display: 'grid', gap: 2, overflowX: 'auto' }}>
          <Typography variant="h5" component="h1">
            Security log
          </Typography>
          <Typography color="text.secondary">Sign-ins and changes to how you sign in, newest first. If you see one that was not you, change your password and sign out your other sessions.</Typography>
          {body}
        </CardContent>
      </Card>
    </Box>
  );
}
