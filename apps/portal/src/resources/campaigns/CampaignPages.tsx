import type { Schemas } from '@partner-portal/api-client';
import { Alert, Box, Button, Card, CardContent, Dialog, DialogActions, DialogContent, DialogTitle, Grid, TextField as MuiTextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import {
  AutocompleteArrayInput,
  Create,
  Datagrid,
  DateField,
  email,
  FunctionField,
  List,
  Loading,
  maxLength,
  Pagination,
  ReferenceArrayInput,
  ReferenceManyField,
  required,
  SearchInput,
  SelectInput,
  SimpleForm,
  TextField,
  TextInput,
  Title,
  TopToolbar,
  useCanAccess,
  useNotify,
  useRecordContext,
  useRedirect,
  useRequireAccess,
  useParams,
} from 'react-admin';
import { EmptyState } from '../../common/EmptyState';
import { ArchiveListingButton } from './ArchiveListing';
import { accountId, answer, api } from '../../providers/api';
import { StateChip, useStateChange } from '../../common/StateActions';
import { VersionedEdit } from '../../common/VersionedEdit';

const STATUS_CHOICES = ['DRAFT', 'SCHEDULED', 'SENDING', 'SENT'].map((id) => ({ id, name: id.charAt(0) + id.slice(1).toLowerCase() }));

/** A campaign as its list gives it. react-admin also shows a list's row as the record until the record has loaded. */
type CampaignSummary = Schemas['CampaignSummaryDto'];

/** A campaign as `GET campaigns/:id` gives it: with the lists it goes to. */
type Campaign = Schemas['CampaignDto'];

const isLoaded = (campaign: CampaignSummary | Campaign): campaign is Campaign => Array.isArray((campaign as Partial<Campaign>).listIds);

export function CampaignList() {
  return (
    <List
      title="Campaigns"
      filters={[<SearchInput key="q" source="q" alwaysOn />, <SelectInput key="status" source="status" choices={STATUS_CHOICES} alwaysOn />]}
      sort={{ field: 'createdAt', order: 'DESC' }}
      exporter={false}
      empty={<EmptyState title="No campaigns yet" text="Write an email, choose the lists it goes to, test it, then send it or schedule it." createLabel="Create campaign" />}
    >
      <Datagrid bulkActionButtons={false} rowClick="edit">
        <TextField source="name" />
        <TextField source="subject" sortable={false} />
        <FunctionField label="Status" render={(record) => <StateChip value={record.status} />} />
        <DateField source="scheduledAt" label="Scheduled" showTime />
        <DateField source="createdAt" label="Created" />
      </Datagrid>
    </List>
  );
}

function CampaignInputs() {
  return (
    <>
      <TextInput source="name" validate={[required(), maxLength(200)]} />
      <TextInput source="subject" validate={[required(), maxLength(200)]} />
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', width: '100%' }}>
        <TextInput source="fromName" label="From name" validate={[required(), maxLength(100)]} />
        <TextInput source="fromEmail" label="From email" validate={[required(), email()]} />
      </Box>
      <ReferenceArrayInput source="listIds" reference="lists" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteArrayInput
          label="Send to lists"
          optionText={(list: { name: string; access?: string | null }) => (list.access === 'VIEW' ? `${list.name} (view only: not sendable)` : list.name)}
        />
      </ReferenceArrayInput>
      <TextInput source="bodyHtml" label="Body (HTML)" multiline minRows={6} validate={required()} />
      <TextInput source="bodyText" label="Plain-text body" multiline minRows={3} />
    </>
  );
}

export function CampaignCreate() {
  return (
    <Create title="Create campaign" redirect="edit">
      <SimpleForm defaultValues={{ listIds: [], bodyHtml: '<p>Hello!</p>' }}>
        <CampaignInputs />
      </SimpleForm>
    </Create>
  );
}

function TestSendButton({ campaign }: { campaign: CampaignSummary }) {
  const notify = useNotify();
  const { canAccess } = useCanAccess({ resource: 'campaigns', action: 'test-send' });
  const [open, setOpen] = useState(false);
  const [to, setTo] = useState('');
  if (!canAccess) return null;
  const send = async () => {
    try {
      const addresses = to.split(/[,\s]+/).filter(Boolean);
      await answer(api.POST('/api/accounts/{accountId}/campaigns/{campaignId}/test-send', { params: { path: { accountId: accountId(), campaignId: campaign.id } }, body: { to: addresses } }));
      notify(`A test was sent to ${addresses.join(', ')}.`, { type: 'success' });
      setOpen(false);
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)}>
        Send a test
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="test-title" fullWidth maxWidth="sm">
        <DialogTitle id="test-title">Send a test of {campaign.name}</DialogTitle>
        <DialogContent>
          <MuiTextField fullWidth margin="dense" label="To (up to five addresses)" value={to} onChange={(event) => setTo(event.target.value)} />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>Cancel</Button>
          <Button variant="contained" disabled={!to.trim()} onClick={send}>
            Send test
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}

function SendButtons({ campaign }: { campaign: Campaign }) {
  const { canAccess } = useCanAccess({ resource: 'campaigns', action: 'send' });
  const { run, busy } = useStateChange();
  const [mode, setMode] = useState<'now' | 'schedule' | null>(null);
  const [when, setWhen] = useState('');
  if (!canAccess) return null;
  const noLists = campaign.listIds.length === 0;
  return (
    <>
      {campaign.status === 'DRAFT' && (
        <>
          <Button size="small" variant="contained" disabled={busy || noLists} onClick={() => setMode('now')} title={noLists ? 'Choose at least one list first' : undefined}>
            Send now
          </Button>
          <Button size="small" disabled={busy || noLists} onClick={() => setMode('schedule')}>
            Schedule
          </Button>
        </>
      )}
      {campaign.status === 'SCHEDULED' && (
        <Button size="small" color="warning" disabled={busy} onClick={() => run('campaigns', campaign, 'unschedule', `${campaign.name} is a draft again.`)}>
          Unschedule
        </Button>
      )}
      <Dialog open={mode !== null} onClose={() => setMode(null)} aria-labelledby="send-title">
        <DialogTitle id="send-title">{mode === 'now' ? `Send ${campaign.name} now?` : `Schedule ${campaign.name}`}</DialogTitle>
        <DialogContent>
          {mode === 'now' ? (
            <Typography>The campaign goes to every subscribed contact of its lists. Save your edits first: the stored version is sent.</Typography>
          ) : (
            <MuiTextField type="datetime-local" label="Send at" value={when} onChange={(event) => setWhen(event.target.value)} slotProps={{ inputLabel: { shrink: true } }} margin="dense" fullWidth />
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setMode(null)}>Cancel</Button>
          <Button
            variant="contained"
            disabled={busy || (mode === 'schedule' && !when)}
            onClick={async () => {
              const ok =
                mode === 'now'
                  ? await run('campaigns', campaign, 'send', `${campaign.name} is being sent.`, {})
                  : await run('campaigns', campaign, 'send', `${campaign.name} is scheduled.`, { scheduledAt: new Date(when).toISOString() });
              if (ok) setMode(null);
            }}
          >
            {mode === 'now' ? 'Send now' : 'Schedule'}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}

function CampaignActions() {
  const campaign = useRecordContext<CampaignSummary>();
  const redirect = useRedirect();
  const { canAccess: canReport } = useCanAccess({ resource: 'campaigns', action: 'report' });
  if (!campaign) return null;
  return (
    <TopToolbar sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
      <StateChip value={campaign.status} />
      <TestSendButton campaign={campaign} />
      {isLoaded(campaign) && <SendButtons campaign={campaign} />}
      <ArchiveListingButton campaignId={campaign.id} sent={campaign.status === 'SENT'} />
      {canReport && campaign.status !== 'DRAFT' && (
        <Button size="small" onClick={() => redirect('show', 'campaigns', campaign.id)}>
          Report
        </Button>
      )}
    </TopToolbar>
  );
}

function PublishedNotice() {
  const campaign = useRecordContext<CampaignSummary>();
  const { canAccess } = useCanAccess({ resource: 'campaigns', action: 'edit-published' });
  if (!campaign || campaign.status === 'DRAFT') return null;
  return (
    <Alert severity={canAccess ? 'info' : 'warning'} sx={{ mb: 2, width: '100%' }}>
      {canAccess ? `This campaign is ${campaign.status.toLowerCase()}: changes apply to it as it is.` : 'This campaign is no longer a draft; your role cannot edit it.'}
    </Alert>
  );
}

export function CampaignEdit() {
  return (
    <VersionedEdit title="Edit campaign" actions={<CampaignActions />} redirect={false}>
      <PublishedNotice />
      <CampaignInputs />
    </VersionedEdit>
  );
}

type Report = Schemas['CampaignReportDto'];

function Figure({ label, value }: { label: string; value: number | string }) {
  return (
    <Grid size={{ xs: 6, sm: 3 }}>
      <Typography variant="h5" component="p">
        {value}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
    </Grid>
  );
}

/** A campaign's report (reports.view) and, for reports.details.view, every recipient's delivery. */
export function CampaignReport() {
  const { isPending } = useRequireAccess({ resource: 'campaigns', action: 'report' });
  const { id } = useParams<{ id: string }>();
  const notify = useNotify();
  const { canAccess: canSeeRecipients } = useCanAccess({ resource: 'campaigns', action: 'recipients' });
  const [report, setReport] = useState<Report | null>(null);
  useEffect(() => {
    if (isPending || !id) return;
    answer(api.GET('/api/accounts/{accountId}/campaigns/{campaignId}/report', { params: { path: { accountId: accountId(), campaignId: id } } })).then(setReport, (error: Error) =>
      notify(error.message, { type: 'error' }),
    );
  }, [id, isPending, notify]);
  if (isPending || !report) return <Loading loadingPrimary="Loading the report…" loadingSecondary="" />;
  return (
    <Box sx={{ display: 'grid', gap: 2, my: 2 }}>
      <Title title={`Report: ${report.name}`} />
      <Card>
        <CardContent sx={{ display: 'grid', gap: 2 }}>
          <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
            <Typography variant="h6" component="h1">
              {report.name}
            </Typography>
            <StateChip value={report.status} />
          </Box>
          <Grid container spacing={2}>
            <Figure label="Recipients" value={report.recipientCount ?? 0} />
            <Figure label="Sent" value={report.sent} />
            <Figure label="Failed" value={report.failed} />
            <Figure label="Pending" value={report.pending} />
          </Grid>
          <Typography variant="body2" color="text.secondary">
            {report.sentAt ? `Finished ${new Date(report.sentAt).toLocaleString()}` : report.scheduledAt ? `Scheduled for ${new Date(report.scheduledAt).toLocaleString()}` : ''}
          </Typography>
        </CardContent>
      </Card>
      {canSeeRecipients && (
        <Card sx={{ overflowX: 'auto' }}>
          <CardContent>
            <Typography variant="subtitle1" component="h2">
              Recipients
            </Typography>
            <ReferenceManyField reference="campaign-recipients" target="campaignId" record={{ id: id! }} perPage={25} pagination={<Pagination />} sort={{ field: 'email', order: 'ASC' }}>
              <Datagrid bulkActionButtons={false} rowClick={false} empty={<Typography color="text.secondary">No recipients yet.</Typography>}>
                <TextField source="email" />
                <FunctionField label="Status" render={(record) => <StateChip value={record.status} />} />
                <TextField source="error" sortable={false} />
                <DateField source="sentAt" label="Sent" showTime />
              </Datagrid>
            </ReferenceManyField>
          </CardContent>
        </Card>
      )}
    </Box>
  );
}
