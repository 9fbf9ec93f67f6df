import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { CreateButton, useCanAccess, useResourceContext } from 'react-admin';

/** A list with no rows: what would be here, and the button to make the first one where the role allows it. */
export function EmptyState({ title, text, createLabel, children }: { title: string; text: string; createLabel?: string; children?: ReactNode }) {
  const resource = useResourceContext();
  const { canAccess: canCreate } = useCanAccess({ resource: resource ?? '', action: 'create' });
  return (
    <Box sx={{ textAlign: 'center', py: 6, px: 2, width: '100%' }} data-testid="empty-state">
      <Typography variant="h6" component="p" gutterBottom>
        {title}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {text}
      </Typography>
      <Box sx={{ display: 'flex', gap: 1, justifyContent: 'center', flexWrap: 'wrap' }}>
        {createLabel && canCreate && <CreateButton variant="contained" label={createLabel} />}
        {children}
      </Box>
    </Box>
  );
}

/** Lists scroll sideways inside their card on a phone instead of widening the page. */

export const money = (cents: number | null | undefined, currency = 'USD') =>
  typeof cents === 'number' ? new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(cents / 100) : '—';
