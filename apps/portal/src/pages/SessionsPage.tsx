import type { Schemas } from '@partner-portal/api-client';
import { Alert, Box, Button, Card, CardContent, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Confirm, Loading, Title, useLogoutIfAccessDenied, useNotify } from 'react-admin';
import { answer, api } from '../providers/api';

type MySession = Schemas['MySessionDto'];

const QUERY_KEY = ['me', 'sessions'];

const when = (iso: string) => new Date(iso).toLocaleString();

/** The signed-in person's sessions: where they are signed in, and signing out one or every other. */
export function SessionsPage() {
  const notify = useNotify();
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState<{ kind: 'one'; session: MySession } | { kind: 'others' } | null>(null);

  const sessions = useQuery({
    queryKey: QUERY_KEY,
    queryFn: async ({ signal }) => {
      try {
        return await answer(api.GET('/api/me/sessions', { params: { query: { perPage: 100 } }, signal }));
      } catch (error) {
        await logoutIfAccessDenied(error);
        throw error;
      }
    },
    gcTime: 0,
  });

  const signOut = useMutation({
    mutationFn: async (target: { kind: 'one'; session: MySession } | { kind: 'others' }) => {
      if (target.kind === 'one') {
        await answer(api.DELETE('/api/me/sessions/{sessionId}', { params: { path: { sessionId: target.session.id } } }));
        return 1;
      }
      return (await answer(api.POST('/api/me/sessions/revoke-others'))).revoked;
    },
    onSuccess: (revoked) => notify(revoked === 1 ? 'Signed out 1 session' : `Signed out ${revoked} sessions`, { type: 'info' }),
    onError: async (error) => {
      if (!(await logoutIfAccessDenied(error))) notify(error instanceof Error ? error.message : 'The session could not be signed out.', { type: 'error' });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: QUERY_KEY }),
  });

  const others = sessions.data?.data.filter((session) => !session.current) ?? [];
  return (
    <Box sx={{ maxWidth: 960, my: 2 }}>
      <Title title="Sessions" />
      <Card>
        <CardContent sx={{ display: 'grid', gap: 2 }}>
          <Typography variant="h5" component="h1">
            Sessions
          </Typography>
          <Typography color="text.secondary">
            Where you are signed in. Sign out a device you do not recognise or no longer use: it is signed out on its next request.
          </Typography>
          {sessions.isPending ? (
            <Loading />
          ) : sessions.isError ? (
            <Alert severity="error" action={<Button onClick={() => sessions.refetch()}>Retry</Button>}>
              Your sessions could not be loaded. {sessions.error instanceof Error ? sessions.error.message : ''}
            </Alert>
          ) : (
            <>
              <Table size="small" aria-label="Your sessions">
                <TableHead>
                  <TableRow>
                    <TableCell>Device</TableCell>
                    <TableCell>Address</TableCell>
                    <TableCell>Signed in</TableCell>
                    <TableCell>Last seen</TableCell>
                    <TableCell />
                  </TableRow>
                </TableHead>
                <TableBody>
                  {sessions.data.data.map((session) => (
                    <TableRow key={session.id} aria-label={session.device}>
                      <TableCell>
                        {session.device}
                        {session.current && <Chip size="small" color="primary" label="This device" sx={{ ml: 1 }} />}
                      </TableCell>
                      <TableCell>{session.ip ?? 'Unknown'}</TableCell>
                      <TableCell>{when(session.createdAt)}</TableCell>
                      <TableCell>{session.current ? 'Now' : when(session.lastSeenAt)}</TableCell>
                      <TableCell align="right">
                        {!session.current && (
                          <Button size="small" color="error" disabled={signOut.isPending} onClick={() => setConfirming({ kind: 'one', session })}>
                            Sign out
                          </Button>
                        )}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
              <Box>
                <Button variant="outlined" color="error" disabled={others.length === 0 || signOut.isPending} onClick={() => setConfirming({ kind: 'others' })}>
                  Sign out everywhere else
                </Button>
              </Box>
            </>
          )}
        </CardContent>
      </Card>
      <Confirm
        isOpen={confirming !== null}
        title={confirming?.kind === 'one' ? 'Sign out this session?' : 'Sign out everywhere else?'}
        content={
          confirming?.kind === 'one'
            ? `${confirming.session.device} (${confirming.session.ip ?? 'unknown address'}) will be signed out on its next request.`
            : `Every other session (${others.length}) will be signed out on its next request. This device stays signed in.`
        }
        confirm="Sign out"
        onConfirm={() => {
          if (confirming) signOut.mutate(confirming);
          setConfirming(null);
        }}
        onClose={() => setConfirming(null)}
      />
    </Box>
  );
}
