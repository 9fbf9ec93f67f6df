import { ListItemText, MenuItem } from '@mui/material';
import { forwardRef } from 'react';
import { Logout, UserMenu, useRedirect, useUserMenu } from 'react-admin';

/** The person's own pages, then sign-out: the app bar's user menu. */
export function PortalUserMenu() {
  return (
    <UserMenu>
      <PageMenuItem label="Your account" to="/me" />
      <PageMenuItem label="Sessions" to="/me/sessions" />
      <PageMenuItem label="Security" to="/my-account/security" />
      <Logout />
    </UserMenu>
  );
}

/** An entry of the user menu that closes it and opens one of the portal's pages. */
const PageMenuItem = forwardRef<HTMLLIElement, { label: string; to: string }>(function PageMenuItem({ label, to, ...props }, ref) {
  const userMenu = useUserMenu();
  const redirect = useRedirect();
  return (
    <MenuItem
      ref={ref}
      {...props}
      onClick={() => {
        userMenu?.onClose();
        redirect(to);
      }}
    >
      <ListItemText>{label}</ListItemText>
    </MenuItem>
  );
});
