import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { AppBar, Layout as RaLayout, TitlePortal } from 'react-admin';
import { AccountSwitcher } from './AccountSwitcher';
import { Menu } from './Menu';
import { PortalUserMenu } from './PortalUserMenu';
import { TwoFactorGate } from '../pages/security/TwoFactorGate';

function PortalAppBar() {
  return (
    <AppBar userMenu={<PortalUserMenu />}>
      <Typography variant="h6" component="span" sx={{ mr: 2, whiteSpace: 'nowrap', display: { xs: 'none', sm: 'block' } }}>
        Partner Portal
      </Typography>
      <Box sx={{ minWidth: 0, flexShrink: 1, overflow: 'hidden' }}>
        <AccountSwitcher />
      </Box>
      <TitlePortal />
    </AppBar>
  );
}

/** On a phone, wide tables scroll inside their card and toolbars wrap, so the page itself never overflows. */
const fitToScreen = {
  '& .RaLayout-content': { minWidth: 0 },
  '& .RaList-main': { minWidth: 0 },
  '& .RaList-main .RaList-content': { overflowX: 'auto', maxWidth: { xs: 'calc(100vw - 16px)', md: 'none' } },
  '& .RaList-actions > .MuiToolbar-root, & .RaList-main > form': { flexWrap: 'wrap', maxWidth: '100%' },
};

export function Layout({ children }: { children: ReactNode }) {
  return (
    <RaLayout appBar={PortalAppBar} menu={Menu} sx={fitToScreen}>
      <TwoFactorGate>{children}</TwoFactorGate>
    </RaLayout>
  );
}
