import type { Schemas } from '@partner-portal/api-client';
import { Alert, Box, Button, Card, CardContent, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { browserSupportsWebAuthn } from '@simplewebauthn/browser';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Confirm, Loading, useLogoutIfAccessDenied, useNotify } from 'react-admin';
import { answer, api } from '../../../providers/api';
import { unblockTwoFactor } from '../../../providers/session';
import { addPasskey, ceremonyMessage } from './passkeyCeremony';
import { PasskeyNameDialog } from './PasskeyNameDialog';

type Passkey = Schemas['PasskeyDto'];

const QUERY_KEY = ['me', 'passkeys'];

const when = (iso: string) => new Date(iso).toLocaleString();

/** The person's passkeys: adding one, renaming and removing them. */
export function PasskeysSection() {
  const notify = useNotify();
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<{ kind: 'add' } | { kind: 'rename'; passkey: Passkey } | null>(null);
  const [removing, setRemoving] = useState<Passkey | null>(null);
  const supported = browserSupportsWebAuthn();

  const passkeys = useQuery({
    queryKey: QUERY_KEY,
    queryFn: async ({ signal }) => {
      try {
        return await answer(api.GET('/api/me/passkeys', { params: { query: { perPage: 100 } }, signal }));
      } catch (error) {
        await logoutIfAccessDenied(error);
        throw error;
      }
    },
    gcTime: 0,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: QUERY_KEY });

  const add = useMutation({
    mutationFn: (name: string) => addPasskey(name),
    onSuccess: (passkey) => {
      // Adding a passkey proves a second factor for this session: accounts that require one open again.
      unblockTwoFactor();
      setDialog(null);
      notify(`Passkey "${passkey.name}" added`, { type: 'success' });
    },
    onSettled: refresh,
  });
  const rename = useMutation({
    mutationFn: ({ passkey, name }: { passkey: Passkey; name: string }) =>
      answer(api.PATCH('/api/me/passkeys/{passkeyId}', { params: { path: { passkeyId: passkey.id } }, body: { name } })),
    onSuccess: () => setDialog(null),
    onSettled: refresh,
  });
  const remove = useMutation({
    mutationFn: (passkey: Passkey) => answer(api.DELETE('/api/me/passkeys/{passkeyId}', { params: { path: { passkeyId: passkey.id } } })),
    onSuccess: (_, passkey) => notify(`Passkey "${passkey.name}" removed`, { type: 'info' }),
    onError: async (error) => {
      if (!(await logoutIfAccessDenied(error))) notify(error instanceof Error ? error.message : 'The passkey could not be removed.', { type: 'error' });
    },
    onSettled: refresh,
  });

  const openDialog = (next: typeof dialog) => {
    add.reset();
    rename.reset();
    setDialog(next);
  };

  let body;
  if (passkeys.isPending) body = <Loading loadingPrimary="Loading…" loadingSecondary="" />;
  else if (passkeys.isError)
    body = (
      <Alert severity="error" action={<Button onClick={() => passkeys.refetch()}>Retry</Button>}>
        Your passkeys could not be loaded. {passkeys.error instanceof Error ? passkeys.error.message : ''}
      </Alert>
    );
  else if (passkeys.data.data.length === 0) body = <Typography>You have no passkeys yet.</Typography>;
  else
    body = (
      <Table size="small" aria-label="Your passkeys">
        <TableHead>
          <TableRow>
            <TableCell>Name</TableCell>
            <TableCell>Added</TableCell>
            <TableCell>Last used</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {passkeys.data.data.map((passkey) => (
            <TableRow key={passkey.id} aria-label={passkey.name}>
              <TableCell>{passkey.name}</TableCell>
              <TableCell>{when(passkey.createdAt)}</TableCell>
              <TableCell>{passkey.lastUsedAt ? when(passkey.lastUsedAt) : 'Never'}</TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                <Button size="small" onClick={() => openDialog({ kind: 'rename', passkey })}>
                  Rename
                </Button>
                <Button size="small" color="error" disabled={remove.isPending} onClick={() => setRemoving(passkey)}>
                  Remove
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    );

  return (
    <Card>
      <CardContent sx={{ display: 'grid', gap: 2 }}>
        <Typography variant="h6" component="h2">
          Passkeys
        </Typography>
        <Typography color="text.secondary">
          A passkey signs you in with your device's fingerprint, face or screen lock instead of your password and code.
        </Typography>
        {body}
        {supported ? (
          <Box>
            <Button variant="contained" onClick={() => openDialog({ kind: 'add' })}>
              Add a passkey
            </Button>
          </Box>
        ) : (
          <Alert severity="info">This browser cannot create passkeys.</Alert>
        )}
      </CardContent>
      {dialog?.kind === 'add' && (
        <PasskeyNameDialog
          title="Add a passkey"
          submitLabel="Continue"
          busy={add.isPending}
          error={add.isError ? ceremonyMessage(add.error, 'add') : null}
          onSubmit={(name) => add.mutate(name)}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'rename' && (
        <PasskeyNameDialog
          title="Rename the passkey"
          submitLabel="Save"
          initialName={dialog.passkey.name}
          busy={rename.isPending}
          error={rename.isError ? (rename.error instanceof Error ? rename.error.message : 'The passkey could not be renamed.') : null}
          onSubmit={(name) => rename.mutate({ passkey: dialog.passkey, name })}
          onClose={() => setDialog(null)}
        />
      )}
      <Confirm
        isOpen={removing !== null}
        title="Remove this passkey?"
        content={`"${removing?.name ?? ''}" will no longer sign you in. Remove it from your device or password manager too.`}
        confirm="Remove"
        onConfirm={() => {
          if (removing) remove.mutate(removing);
          setRemoving(null);
        }}
        onClose={() => setRemoving(null)}
      />
    </Card>
  );
}
