import type { Schemas } from '@partner-portal/api-client';
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, FormControl, InputLabel, Link, MenuItem, Select, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useCanAccess, useNotify } from 'react-admin';
import { accountId, answer, api } from '../../providers/api';

type Listing = Schemas['CampaignListingDto'];
type Choice = Listing['choice'];

const CHOICES: { value: Choice; label: string }[] = [
  { value: 'DEFAULT', label: "Follow the archive's default" },
  { value: 'LISTED', label: 'Show in archive' },
  { value: 'UNLISTED', label: 'Hide from archive' },
];

function why(listing: Listing): string {
  if (listing.listed) return listing.archiveEnabled ? 'Shown in the archive.' : 'Listed, but the archive is off: nobody sees it until the archive is turned on.';
  if (listing.choice === 'UNLISTED') return 'Hidden from the archive.';
  if (listing.restricted) return 'Not shown: it went to a list restricted to chosen members, so it is shown only if someone chooses to.';
  return "Not shown: the archive lists a campaign only once someone shows it.";
}

const path = (campaignId: string) => ({ params: { path: { accountId: accountId(), campaignId } } });

/** The archive's part of a sent campaign: whether it is listed and why, the choice, its link, and a preview. */
export function ArchiveListingButton({ campaignId, sent }: { campaignId: string; sent: boolean }) {
  const [open, setOpen] = useState(false);
  if (!sent) return null;
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)}>
        Archive
      </Button>
      {open && <ArchiveListingDialog campaignId={campaignId} onClose={() => setOpen(false)} />}
    </>
  );
}

function ArchiveListingDialog({ campaignId, onClose }: { campaignId: string; onClose: () => void }) {
  const notify = useNotify();
  const queryClient = useQueryClient();
  const { canAccess: canChoose } = useCanAccess({ resource: 'campaigns', action: 'send' });
  const key = ['archive-listing', accountId(), campaignId];
  const listing = useQuery({ queryKey: key, queryFn: ({ signal }) => answer(api.GET('/api/accounts/{accountId}/campaigns/{campaignId}/archive', { ...path(campaignId), signal })) });
  const preview = useQuery({
    queryKey: ['archive-preview', accountId(), campaignId],
    queryFn: ({ signal }) => answer(api.GET('/api/accounts/{accountId}/campaigns/{campaignId}/archive/preview', { ...path(campaignId), parseAs: 'text', signal })),
  });
  const [saving, setSaving] = useState(false);

  const choose = async (choice: Choice) => {
    setSaving(true);
    try {
      const saved = await answer(api.PUT('/api/accounts/{accountId}/campaigns/{campaignId}/archive', { ...path(campaignId), body: { choice } }));
      queryClient.setQueryData(key, saved);
      notify(why(saved), { type: 'success' });
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby="archive-title" fullWidth maxWidth="md">
      <DialogTitle id="archive-title">Newsletter archive</DialogTitle>
      <DialogContent sx={{ display: 'grid', gap: 2 }}>
        {listing.error ? <Alert severity="error">{(listing.error as Error).message}</Alert> : null}
        {listing.data && (
          <>
            <Alert severity={listing.data.listed ? 'success' : 'info'} role="status">
              {why(listing.data)}
            </Alert>
            {canChoose && (
              <FormControl size="small" sx={{ maxWidth: 360 }}>
                <InputLabel id="archive-choice-label">In the archive</InputLabel>
                <Select labelId="archive-choice-label" label="In the archive" value={listing.data.choice} disabled={saving} onChange={(event) => choose(event.target.value as Choice)}>
                  {CHOICES.map((choice) => (
                    <MenuItem key={choice.value} value={choice.value}>
                      {choice.label}
                    </MenuItem>
                  ))}
                </Select>
              </FormControl>
            )}
            {listing.data.url && (
              <Typography sx={{ wordBreak: 'break-all' }}>
                Public page:{' '}
                <Link href={listing.data.url} target="_blank" rel="noopener noreferrer">
                  {listing.data.url}
                </Link>
              </Typography>
            )}
          </>
        )}
        <Typography variant="subtitle2" component="h2">
          Preview: as the archive shows it, without any recipient's data
        </Typography>
        <Box
          component="iframe"
          title="Archive preview"
          // No scripts, forms or same-origin access: the campaign's HTML is shown, never run.
          sandbox=""
          srcDoc={preview.data ?? ''}
          sx={{ width: '100%', height: 360, border: 1, borderColor: 'divider', borderRadius: 1, bgcolor: 'background.paper' }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}
