import { Button, Divider, ListItemText, Menu, MenuItem } from '@mui/material';
import { useState } from 'react';
import { useCanAccess, useGetIdentity, useRedirect } from 'react-admin';
import { accountTitle, kindLabel, roleLabel } from '../accounts/labels';
import { useCurrentAccount, useSwitchAccount } from '../accounts/currentAccount';
import type { PortalIdentity } from '../providers/authProvider';

/** The app bar's account menu: which account the portal acts in, and every other one the caller has. */
export function AccountSwitcher() {
  const current = useCurrentAccount();
  const { identity } = useGetIdentity();
  const accounts = (identity as PortalIdentity | undefined)?.me.accounts ?? [];
  const switchAccount = useSwitchAccount();
  const redirect = useRedirect();
  const { canAccess: canListClients } = useCanAccess({ resource: 'clients', action: 'list' });
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);

  const close = () => setAnchor(null);
  const title = current ? accountTitle(current) : 'No account';

  return (
    <>
      <Button
        color="inherit"
        aria-label={`Current account: ${title}. Switch account`}
        aria-haspopup="menu"
        aria-expanded={anchor !== null}
        onClick={(event) => setAnchor(event.currentTarget)}
        sx={{ textTransform: 'none', minWidth: 0, overflow: 'hidden', justifyContent: 'flex-start' }}
      >
        <span data-testid="current-account" style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
          {title}
        </span>
        <span aria-hidden style={{ marginLeft: 4 }}>
          ▾
        </span>
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={close} slotProps={{ list: { 'aria-label': 'Switch account' } }}>
        {accounts.map((account) => (
          <MenuItem
            key={account.id}
            selected={account.id === current?.id}
            onClick={() => {
              close();
              if (account.id !== current?.id) void switchAccount(account.id);
            }}
          >
            <ListItemText primary={account.name} secondary={`${kindLabel(account)} · ${roleLabel(account)}`} />
          </MenuItem>
        ))}
        {canListClients && <Divider />}
        {canListClients && (
          <MenuItem
            onClick={() => {
              close();
              redirect('/clients');
            }}
          >
            <ListItemText primary="Open a client account…" />
          </MenuItem>
        )}
      </Menu>
    </>
  );
}
