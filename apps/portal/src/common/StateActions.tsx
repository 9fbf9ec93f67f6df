import { Box, Button, Chip, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useState } from 'react';
import { type RaRecord, useCanAccess, useNotify, useRecordContext, useRefresh, useResourceContext } from 'react-admin';
import { conflictOf } from './VersionedEdit';
import { usePortalData } from './portalData';

const COLORS: Record<string, 'default' | 'success' | 'warning' | 'info' | 'error'> = {
  DRAFT: 'default',
  SCHEDULED: 'info',
  PUBLISHED: 'success',
  UNPUBLISHED: 'warning',
  SENDING: 'info',
  SENT: 'success',
  ACTIVE: 'success',
  PAUSED: 'warning',
  FAILED: 'error',
  PENDING: 'default',
};

export function StateChip({ value }: { value?: string | null }) {
  if (!value) return null;
  return <Chip size="small" variant="outlined" color={COLORS[value] ?? 'default'} label={value.charAt(0) + value.slice(1).toLowerCase()} />;
}

/** Runs a state change (publish, send, activate...) with the record's If-Match; a 412 says to reload. */
export function useStateChange() {
  const data = usePortalData();
  const notify = useNotify();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  const run = async (resource: string, record: RaRecord, verb: string, success: string, body?: unknown) => {
    setBusy(true);
    try {
      await data.act(resource, record, verb, body);
      notify(success, { type: 'success' });
      refresh();
      return true;
    } catch (error) {
      notify(conflictOf(error) ? 'Someone else changed this record meanwhile. It was reloaded: check it and try again.' : (error as Error).message, {
        type: 'error',
      });
      if (conflictOf(error)) refresh();
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { run, busy };
}

/**
 * Publish, unpublish and (where the API has it) schedule buttons for a record with a `state`: landing
 * pages, stores, social posts, ads. Shown only with the resource's `publish` permission.
 */
export function PublishButtons({ schedule = false }: { schedule?: boolean }) {
  const record = useRecordContext();
  const resource = useResourceContext() ?? '';
  const { canAccess } = useCanAccess({ resource, action: 'publish' });
  const { run, busy } = useStateChange();
  const [scheduling, setScheduling] = useState(false);
  const [when, setWhen] = useState('');
  if (!record || !canAccess) return null;
  const state = String(record.state);
  const name = String(record.name ?? record.title ?? 'The record');
  return (
    <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }} onClick={(event) => event.stopPropagation()}>
      {state !== 'PUBLISHED' && (
        <Button size="small" variant="outlined" disabled={busy} onClick={() => run(resource, record, 'publish', `${name} is published.`)}>
          Publish
        </Button>
      )}
      {state === 'PUBLISHED' && (
        <Button size="small" variant="outlined" color="warning" disabled={busy} onClick={() => run(resource, record, 'unpublish', `${name} is unpublished.`)}>
          Unpublish
        </Button>
      )}
      {schedule && (state === 'DRAFT' || state === 'UNPUBLISHED') && (
        <Button size="small" disabled={busy} onClick={() => setScheduling(true)}>
          Schedule
        </Button>
      )}
      <Dialog open={scheduling} onClose={() => setScheduling(false)} aria-labelledby="schedule-title">
        <DialogTitle id="schedule-title">Schedule {name}</DialogTitle>
        <DialogContent>
          <TextField type="datetime-local" label="When" value={when} onChange={(event) => setWhen(event.target.value)} slotProps={{ inputLabel: { shrink: true } }} margin="dense" fullWidth />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setScheduling(false)}>Cancel</Button>
          <Button
            variant="contained"
            disabled={!when || busy}
            onClick={async () => {
              if (await run(resource, record, 'schedule', `${name} is scheduled.`, { scheduledAt: new Date(when).toISOString() })) setScheduling(false);
            }}
          >
            Schedule
          </Button>
        </DialogActions>
      </Dialog>
    </Box>
  );
}
