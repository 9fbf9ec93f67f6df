import { Box, Button as MuiButton, Chip, Dialog, DialogActions, DialogContent, DialogTitle, IconButton, ListSubheader, Menu, MenuItem, TextField as MuiTextField, Tooltip, Typography } from '@mui/material';
import { useState } from 'react';
import {
  Confirm,
  CreateButton,
  Datagrid,
  DateField,
  FunctionField,
  List,
  TopToolbar,
  useCanAccess,
  useListContext,
  useNavigate,
  useNotify,
  useRecordContext,
  useRefresh,
} from 'react-admin';
import { useCurrentAccount } from '../../accounts/currentAccount';
import { choiceOf, currentChoice, type PersonRow, personRoleLabel, retryingNote, teamApi } from './api';
import { type RoleOption, useRoleOptions } from './roleOptions';

function PeopleCounter() {
  const { meta } = useListContext();
  const people = (meta as { people?: { count: number; limit: number | null } } | undefined)?.people;
  if (!people) return null;
  return (
    <Typography variant="body2" color="text.secondary" data-testid="people-counter" sx={{ mr: 'auto', alignSelf: 'center' }}>
      {people.limit === null ? `${people.count} people` : `${people.count} of ${people.limit} people`}
    </Typography>
  );
}

function Actions() {
  const { canAccess: canManage } = useCanAccess({ resource: 'users', action: 'create' });
  return (
    <TopToolbar sx={{ width: '100%', justifyContent: 'flex-end' }}>
      <PeopleCounter />
      {canManage && <CreateButton label="Add user" />}
    </TopToolbar>
  );
}

function StatusField() {
  const person = useRecordContext<PersonRow>();
  if (!person) return null;
  if (person.status === 'ACTIVE') return <Chip size="small" label="Active" color="success" variant="outlined" />;
  const retrying = retryingNote(person);
  return (
    <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }}>
      <Chip size="small" label="Pending" color="warning" variant="outlined" />
      {person.deliveryStatus === 'FAILED' && (
        <Tooltip title={`${person.deliveryError ?? 'The invitation email could not be delivered.'} Resend the invitation to try again.`}>
          <Chip size="small" label="Email failed" color="error" />
        </Tooltip>
      )}
      {retrying && (
        <Typography variant="caption" color="text.secondary" sx={{ flexBasis: '100%' }}>
          {retrying}
        </Typography>
      )}
    </Box>
  );
}

/** The role a person holds (a custom role by its name), and a chip when it reaches chosen lists only. */
function RoleField() {
  const person = useRecordContext<PersonRow>();
  if (!person) return null;
  return (
    <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap', alignItems: 'center' }}>
      <Typography variant="body2" component="span">
        {personRoleLabel(person)}
      </Typography>
      {person.customRole && <Chip size="small" label="Custom" variant="outlined" />}
      {person.listRestricted && (
        <Tooltip title="Reaches only the lists chosen for them, each at its level.">
          <Chip size="small" label="Chosen lists only" color="info" variant="outlined" />
        </Tooltip>
      )}
    </Box>
  );
}

/** The role options of a select: built-in roles first, then the account's custom roles under their heading. */
function roleMenuItems(options: RoleOption[]) {
  const item = (option: RoleOption) => (
    <MenuItem key={option.value} value={option.value}>
      {option.label}
    </MenuItem>
  );
  const builtIn = options.filter((option) => !option.custom).map(item);
  const custom = options.filter((option) => option.custom).map(item);
  return custom.length === 0 ? builtIn : [...builtIn, <ListSubheader key="custom-heading">Custom roles</ListSubheader>, ...custom];
}

type Pending = 'resend' | 'revoke' | 'remove' | 'role' | null;

/** The row menu: Resend invite and Revoke invite for invitations; Change role, List access and Remove for members. */
function RowMenu() {
  const person = useRecordContext<PersonRow>();
  const account = useCurrentAccount();
  const notify = useNotify();
  const refresh = useRefresh();
  const navigate = useNavigate();
  const { options } = useRoleOptions();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [pending, setPending] = useState<Pending>(null);
  const [busy, setBusy] = useState(false);
  const [role, setRole] = useState('');
  if (!person || person.role === 'ACCOUNT_OWNER') return null;
  const who = person.name || person.email;

  const run = async (work: () => Promise<unknown>, success: string) => {
    setBusy(true);
    try {
      await work();
      notify(success, { type: 'success' });
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
      setPending(null);
    }
  };
  const choose = (next: Pending) => {
    setAnchor(null);
    if (next === 'role') setRole(currentChoice(person));
    setPending(next);
  };

  return (
    <>
      <IconButton aria-label={`Actions for ${person.email}`} onClick={(event) => setAnchor(event.currentTarget)} size="small">
        ⋮
      </IconButton>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {person.kind === 'INVITATION'
          ? [
              <MenuItem key="resend" onClick={() => choose('resend')}>
                Resend invite
              </MenuItem>,
              <MenuItem key="revoke" onClick={() => choose('revoke')}>
                Revoke invite
              </MenuItem>,
            ]
          : [
              <MenuItem key="role" onClick={() => choose('role')}>
                Change role
              </MenuItem>,
              <MenuItem key="list-access" onClick={() => navigate(`/users/${encodeURIComponent(person.id)}/list-access`)}>
                List access
              </MenuItem>,
              <MenuItem key="remove" onClick={() => choose('remove')}>
                Remove
              </MenuItem>,
            ]}
      </Menu>
      <Confirm
        isOpen={pending === 'resend'}
        loading={busy}
        title="Resend the invitation?"
        content={`${person.email} gets a new link. Every earlier link for this email stops working.`}
        confirm="Resend invite"
        onConfirm={() => run(() => teamApi.resend(person.id), `A new invitation was sent to ${person.email}.`)}
        onClose={() => setPending(null)}
      />
      <Confirm
        isOpen={pending === 'revoke'}
        loading={busy}
        title="Revoke the invitation?"
        content={`The invitation link sent to ${person.email} stops working.`}
        confirm="Revoke invite"
        confirmColor="warning"
        onConfirm={() => run(() => teamApi.revoke(person.id), `The invitation to ${person.email} was revoked.`)}
        onClose={() => setPending(null)}
      />
      <Confirm
        isOpen={pending === 'remove'}
        loading={busy}
        title={`Remove ${who}?`}
        content={`${who} loses access to ${account?.name ?? 'this account'}.`}
        confirm="Remove"
        confirmColor="warning"
        onConfirm={() => run(() => teamApi.remove(person.id), `${who} was removed.`)}
        onClose={() => setPending(null)}
      />
      <Dialog open={pending === 'role'} onClose={() => setPending(null)} aria-labelledby="change-role-title">
        <DialogTitle id="change-role-title">Change the role of {who}</DialogTitle>
        <DialogContent>
          <MuiTextField
            select
            fullWidth
            margin="dense"
            label="Role"
            value={role}
            onChange={(event) => setRole(event.target.value)}
          >
            {roleMenuItems(options)}
          </MuiTextField>
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={() => setPending(null)}>Cancel</MuiButton>
          <MuiButton
            variant="contained"
            disabled={busy || !role || role === currentChoice(person)}
            onClick={() => role && run(() => teamApi.changeRole(person.id, choiceOf(role)), `${who} is now ${options.find((option) => option.value === role)?.label ?? 'in the new role'}.`)}
          >
            Save role
          </MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
}

function NoPeople() {
  const { canAccess: canManage } = useCanAccess({ resource: 'users', action: 'create' });
  return (
    <Box sx={{ textAlign: 'center', py: 6, px: 2, width: '100%' }}>
      <Typography variant="h6" component="p" gutterBottom>
        Nobody has access yet
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        Invite colleagues by email and give each a role.
      </Typography>
      {canManage && <CreateButton variant="contained" label="Add user" />}
    </Box>
  );
}

/** Manage users: members and pending invitations in one table, with the people counter. */
export function UserList() {
  const { canAccess: canManage } = useCanAccess({ resource: 'users', action: 'edit' });
  return (
    <List title="Users" actions={<Actions />} sort={{ field: 'email', order: 'ASC' }} perPage={25} empty={<NoPeople />} exporter={false}>
      <Datagrid bulkActionButtons={false} rowClick={false}>
        <FunctionField<PersonRow>
          label="Person"
          source="email"
          render={(person) => (
            <Box>
              <Typography variant="body2">{person.name || person.email}</Typography>
              {person.name && (
                <Typography variant="body2" color="text.secondary">
                  {person.email}
                </Typography>
              )}
            </Box>
          )}
        />
        <FunctionField<PersonRow> label="Role" sortable={false} render={() => <RoleField />} />
        <FunctionField<PersonRow> label="Status" sortable={false} render={() => <StatusField />} />
        <DateField source="since" label="Since" sortable={false} />
        {canManage ? <FunctionField<PersonRow> label="" sortable={false} render={() => <RowMenu />} /> : null}
      </Datagrid>
    </List>
  );
}
