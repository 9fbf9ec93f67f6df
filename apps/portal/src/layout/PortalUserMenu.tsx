import { ListItemText, MenuItem } from '@mui/material';
import { forwardRef } from 'react';
import { Logout, UserMenu, useRedirect, useUserMenu } from 'react-admin';

/** The person's own pages, then sign-out: the app bar's user menu. */
export function PortalUserMenu() {
  return (
    <UserMenu>
      <YourAccountMenuItem />
      <SessionsMenuItem />
      <Logout />
    </UserMenu>
  );
}

const SessionsMenuItem = forwardRef<HTMLLIElement>(function SessionsMenuItem(props, ref) {
  const userMenu = useUserMenu();
  const redirect = useRedirect();
  return (
    <MenuItem
      ref={ref}
      {...props}
      onClick={() => {
        userMenu?.onClose();
        redirect('/me/sessions');
      }}
    >
      <ListItemText>Sessions</ListItemText>
    </MenuItem>
  );
});

const YourAccountMenuItem = forwardRef<HTMLLIElement>(function YourAccountMenuItem(props, ref) {
  const userMenu = useUserMenu();
  const redirect = useRedirect();
  return (
    <MenuItem
      ref={ref}
      {...props}
      onClick={() => {
        userMenu?.onClose();
        redirect('/me');
      }}
    >
      <ListItemText>Your account</ListItemText>
    </MenuItem>
  );
});
