import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { AppBar, Layout as RaLayout, TitlePortal } from 'react-admin';
import { AccountSwitcher } from './AccountSwitcher';

function PortalAppBar() {
  return (
    <AppBar>
      <Typography variant="h6" component="span" sx={{ mr: 2, whiteSpace: 'nowrap', display: { xs: 'none', sm: 'block' } }}>
        Partner Portal
      </Typography>
      <Box sx={{ minWidth: 0, flexShrink: 1 }}>
        <AccountSwitcher />
      </Box>
      <TitlePortal />
    </AppBar>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  return <RaLayout appBar={PortalAppBar}>{children}</RaLayout>;
}
