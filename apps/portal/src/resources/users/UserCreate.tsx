import { Alert, Card, CardContent, Typography } from '@mui/material';
import { useState } from 'react';
import { Confirm, email, Loading, required, SaveButton, SelectInput, SimpleForm, TextInput, Title, Toolbar, useNotify, useRedirect, useRequireAccess } from 'react-admin';
import { useCurrentAccount } from '../../accounts/currentAccount';
import { accountTitle } from '../../accounts/labels';
import { assignableRoles, choiceOf, errorCode, teamApi } from './api';
import { useRoleOptions } from './roleOptions';

interface Invite {
  email: string;
  /** A role select's value: a built-in role, or `custom:<id>` (see choiceValue). */
  role: string;
}

/**
 * Add user: invites an email with a role. When the API answers INVITATION_PENDING, a dialog asks
 * before sending again with `replacePending`, which revokes every earlier invitation to that email.
 */
export function UserCreate() {
  // Not a react-admin <Create>, so the page checks access itself: a direct URL without users.manage
  // goes to the access-denied page.
  const { isPending } = useRequireAccess({ resource: 'users', action: 'create' });
  if (isPending) return <Loading />;
  return <AddUserForm />;
}

function AddUserForm() {
  const account = useCurrentAccount();
  const notify = useNotify();
  const redirect = useRedirect();
  const [pendingFor, setPendingFor] = useState<Invite | null>(null);
  const [busy, setBusy] = useState(false);
  const roles = assignableRoles(account?.kind);
  const { options } = useRoleOptions();

  const send = async (invite: Invite, replacePending: boolean) => {
    setBusy(true);
    try {
      await teamApi.invite({ email: invite.email.trim(), ...choiceOf(invite.role), ...(replacePending ? { replacePending: true } : {}) });
      setPendingFor(null);
      notify(`An invitation was sent to ${invite.email.trim()}.`, { type: 'success' });
      redirect('list', 'users');
    } catch (error) {
      if (!replacePending && errorCode(error) === 'INVITATION_PENDING') setPendingFor(invite);
      else {
        setPendingFor(null);
        notify((error as Error).message, { type: 'error' });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card sx={{ mt: 2, maxWidth: 640 }}>
      <Title title="Add user" />
      <CardContent sx={{ pb: 0 }}>
        <Typography variant="h6" component="h1">
          Add a user to {account ? accountTitle(account) : 'this account'}
        </Typography>
      </CardContent>
      <SimpleForm
        defaultValues={{ email: '', role: roles.includes('CAMPAIGN_CREATOR') ? 'CAMPAIGN_CREATOR' : roles[0] }}
        onSubmit={(values: Record<string, unknown>) => send(values as unknown as Invite, false)}
        toolbar={
          <Toolbar>
            <SaveButton label="Send invitation" alwaysEnable={!busy} />
          </Toolbar>
        }
      >
        <TextInput
          source="email"
          label="Email"
          type="email"
          validate={[required(), email()]}
          autoFocus
          helperText="Their email address is their username. Need a second username for someone who already has one? Add +1 before the @ (sue.casa+1@greenacresrealty.com): it is a separate login whose mail still arrives in the same inbox."
        />
        <SelectInput
          source="role"
          label="Role"
          choices={options.map((option) => ({ id: option.value, name: option.custom ? `${option.label} (custom role)` : option.label }))}
          validate={required()}
          helperText="The owner's role is never given by an invitation; it moves only by transferring ownership. Custom roles are composed on the Roles page."
        />
        <Alert severity="info" sx={{ width: '100%' }}>
          The invitation is shown as Pending until it is accepted, and counts toward the account's people limit.
        </Alert>
      </SimpleForm>
      <Confirm
        isOpen={pendingFor !== null}
        loading={busy}
        title="A pending invitation exists"
        content={`You already have a pending invitation to ${pendingFor?.email.trim() ?? ''}. Sending it again will revoke all previous invitations. Would you like to proceed?`}
        confirm="Send again"
        cancel="Cancel"
        onConfirm={() => pendingFor && send(pendingFor, true)}
        onClose={() => setPendingFor(null)}
      />
    </Card>
  );
}
