import type { Schemas } from '@partner-portal/api-client';
import { Alert, Box, Button, Chip, Dialog, DialogActions, DialogContent, DialogTitle, Table, TableBody, TableCell, TableHead, TableRow, TextField as MuiTextField, MenuItem, Typography } from '@mui/material';
import { useState } from 'react';
import {
  AutocompleteArrayInput,
  Create,
  CreateButton,
  Datagrid,
  DateField,
  email,
  FunctionField,
  List,
  ReferenceArrayInput,
  ReferenceInput,
  required,
  SearchInput,
  SelectInput,
  SimpleForm,
  TextField,
  TextInput,
  TopToolbar,
  useCanAccess,
  useGetList,
  useNotify,
  useRecordContext,
  useRefresh,
} from 'react-admin';
import { EmptyState } from '../../common/EmptyState';
import { useListRestricted } from '../../common/listRestriction';
import { accountId, answer, api } from '../../providers/api';
import { StateChip } from '../../common/StateActions';
import { VersionedEdit } from '../../common/VersionedEdit';

type ImportReport = Schemas['ContactImportResultDto'];

const STATUS_CHOICES = [
  { id: 'SUBSCRIBED', name: 'Subscribed' },
  { id: 'UNSUBSCRIBED', name: 'Unsubscribed' },
];

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Search name, email, company" />,
  <SelectInput key="status" source="status" label="Status" choices={STATUS_CHOICES} alwaysOn />,
  <ReferenceInput key="listId" source="listId" reference="lists" sort={{ field: 'name', order: 'ASC' }} alwaysOn>
    <SelectInput label="List" optionText="name" />
  </ReferenceInput>,
];

/** CSV import: the file is sent as the request body; the answer's per-row errors are shown as a table. */
export function ImportButton() {
  const notify = useNotify();
  const refresh = useRefresh();
  const { canAccess } = useCanAccess({ resource: 'contacts', action: 'import' });
  // A member restricted to chosen lists adds no contacts: the API refuses with LIST_RESTRICTED.
  const restricted = useListRestricted();
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<ImportReport | null>(null);
  if (!canAccess || restricted) return null;

  const upload = async () => {
    if (!file) return;
    setBusy(true);
    try {
      const imported = await answer(
        api.POST('/api/accounts/{accountId}/contacts/import', {
          params: { path: { accountId: accountId() } },
          body: await file.text(),
          headers: { 'Content-Type': 'text/csv' },
          bodySerializer: (csv) => csv,
        }),
      );
      setReport(imported);
      notify(`Imported ${file.name}: ${imported.created} created, ${imported.updated} updated, ${imported.errorCount} rows with errors.`, {
        type: imported.errorCount > 0 ? 'warning' : 'success',
      });
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  const close = () => {
    setOpen(false);
    setFile(null);
    setReport(null);
  };

  return (
    <>
      <Button size="small" onClick={() => setOpen(true)}>
        Import CSV
      </Button>
      <Dialog open={open} onClose={close} aria-labelledby="import-title" fullWidth maxWidth="md">
        <DialogTitle id="import-title">Import contacts from CSV</DialogTitle>
        <DialogContent sx={{ display: 'grid', gap: 2 }}>
          <Typography variant="body2" color="text.secondary">
            The first row names the columns: email (required), first_name, last_name, phone, company. A row with an existing email is merged into
            that contact. Rows with errors are skipped and listed below.
          </Typography>
          <input aria-label="CSV file" type="file" accept=".csv,text/csv" onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
          {report && (
            <Box data-testid="import-report" sx={{ display: 'grid', gap: 1 }}>
              <Alert severity={report.errorCount > 0 ? 'warning' : 'success'}>
                {report.created} created, {report.updated} updated, {report.unchanged} unchanged, {report.merged} merged, {report.skipped} skipped,{' '}
                {report.errorCount} {report.errorCount === 1 ? 'row' : 'rows'} with errors.
                {report.ignoredColumns.length > 0 && ` Ignored columns: ${report.ignoredColumns.join(', ')}.`}
              </Alert>
              {report.errors.length > 0 && (
                <Box sx={{ overflowX: 'auto' }}>
                  <Table size="small" aria-label="Rows with errors">
                    <TableHead>
                      <TableRow>
                        <TableCell>Line</TableCell>
                        <TableCell>Email</TableCell>
                        <TableCell>Problem</TableCell>
                      </TableRow>
                    </TableHead>
                    <TableBody>
                      {report.errors.map((row) => (
                        <TableRow key={`${row.line}-${row.code}`}>
                          <TableCell>{row.line}</TableCell>
                          <TableCell>{row.email ?? '—'}</TableCell>
                          <TableCell>{row.message}</TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </Box>
              )}
            </Box>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>Close</Button>
          <Button variant="contained" disabled={!file || busy} onClick={upload}>
            {busy ? 'Importing…' : 'Import'}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}

/** CSV export: downloaded with the bearer token, then saved through an object URL. */
function ExportCsvButton() {
  const notify = useNotify();
  const { canAccess } = useCanAccess({ resource: 'contacts', action: 'export' });
  const [busy, setBusy] = useState(false);
  if (!canAccess) return null;
  const download = async () => {
    setBusy(true);
    try {
      const blob = await answer(api.GET('/api/accounts/{accountId}/contacts/export', { params: { path: { accountId: accountId() } }, parseAs: 'blob' }));
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `contacts-${new Date().toISOString().slice(0, 10)}.csv`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button size="small" onClick={download} disabled={busy}>
      Export CSV
    </Button>
  );
}

function Actions() {
  const restricted = useListRestricted();
  return (
    <TopToolbar sx={{ flexWrap: 'wrap' }}>
      <ImportButton />
      <ExportCsvButton />
      {!restricted && <CreateButton label="Add contact" />}
    </TopToolbar>
  );
}

const fullName = (record: Pick<Schemas['ContactDto'], 'firstName' | 'lastName'>) => [record.firstName, record.lastName].filter(Boolean).join(' ') || '—';

export function ContactList() {
  return (
    <List
      title="Contacts"
      filters={filters}
      actions={<Actions />}
      sort={{ field: 'createdAt', order: 'DESC' }}
      perPage={25}
      exporter={false}
      empty={
        <EmptyState title="No contacts yet" text="Add your first contact, or import a CSV file from another tool." createLabel="Add contact">
          <ImportButton />
        </EmptyState>
      }
    >
      <Datagrid bulkActionButtons={false} rowClick="edit">
        <TextField source="email" />
        <FunctionField label="Name" sortBy="lastName" render={fullName} />
        <TextField source="company" sortable={false} />
        <FunctionField label="Status" render={(record) => <StateChip value={record.status} />} />
        <DateField source="createdAt" label="Added" />
      </Datagrid>
    </List>
  );
}

function ContactInputs() {
  return (
    <>
      <TextInput source="email" type="email" validate={[required(), email()]} />
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', width: '100%' }}>
        <TextInput source="firstName" label="First name" />
        <TextInput source="lastName" label="Last name" />
      </Box>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', width: '100%' }}>
        <TextInput source="phone" />
        <TextInput source="company" />
      </Box>
      <SelectInput source="status" choices={STATUS_CHOICES} validate={required()} />
    </>
  );
}

export function ContactCreate() {
  return (
    <Create title="Add contact" redirect="list" sx={{ maxWidth: '100%' }}>
      <SimpleForm defaultValues={{ status: 'SUBSCRIBED', listIds: [] }}>
        <ContactInputs />
        <ReferenceArrayInput source="listIds" reference="lists" sort={{ field: 'name', order: 'ASC' }}>
          <AutocompleteArrayInput label="Lists" optionText="name" helperText="The contact joins these lists." />
        </ReferenceArrayInput>
      </SimpleForm>
    </Create>
  );
}

/** The lists a contact is on, with "Add to list" and remove for those who manage lists. */
function Memberships() {
  const record = useRecordContext<Schemas['ContactWithListsDto']>();
  const notify = useNotify();
  const refresh = useRefresh();
  const { canAccess: canManage } = useCanAccess({ resource: 'list-members', action: 'add' });
  const { data: allLists = [] } = useGetList<Schemas['ContactListDto']>(
    'lists',
    { pagination: { page: 1, perPage: 100 }, sort: { field: 'name', order: 'ASC' } },
    { enabled: !!canManage },
  );
  const [listId, setListId] = useState('');
  if (!record) return null;
  const lists = record.lists ?? [];
  const change = async (work: () => Promise<unknown>, message: string) => {
    try {
      await work();
      notify(message, { type: 'success' });
      setListId('');
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  // A member restricted to chosen lists (the lists say so with their `access`) changes the members of its Manage lists only.
  const restricted = allLists.some((list) => list.access != null);
  const manages = (listId: string) => !restricted || allLists.some((list) => list.id === listId && list.access === 'MANAGE');
  const choices = allLists.filter((list) => manages(list.id) && !lists.some((member) => member.id === list.id));
  const chosen = choices.find((list) => list.id === listId);
  return (
    <Box sx={{ width: '100%', display: 'grid', gap: 1, mb: 2 }}>
      <Typography variant="subtitle2">Lists</Typography>
      {lists.length === 0 && <Typography color="text.secondary">Not on any list yet.</Typography>}
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
        {lists.map((list) =>
          canManage && manages(list.id) ? (
            <Chip key={list.id} label={list.name} onDelete={() =>
                change(
                  () => answer(api.DELETE('/api/accounts/{accountId}/lists/{listId}/members/{contactId}', { params: { path: { accountId: accountId(), listId: list.id, contactId: record.id } } })),
                  `Removed from ${list.name}.`,
                )
              } />
          ) : (
            <Chip key={list.id} label={list.name} />
          ),
        )}
      </Box>
      {canManage && choices.length > 0 && (
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
          <MuiTextField select size="small" label="Add to list" value={listId} onChange={(event) => setListId(event.target.value)} sx={{ minWidth: 200 }}>
            {choices.map((list) => (
              <MenuItem key={list.id} value={String(list.id)}>
                {list.name}
              </MenuItem>
            ))}
          </MuiTextField>
          <Button
            size="small"
            variant="contained"
            disabled={!chosen}
            onClick={() =>
              chosen &&
              change(
                () => answer(api.POST('/api/accounts/{accountId}/lists/{listId}/members', { params: { path: { accountId: accountId(), listId: chosen.id } }, body: { contactIds: [record.id] } })),
                `Added to ${chosen.name}.`,
              )
            }
          >
            Add to list
          </Button>
        </Box>
      )}
    </Box>
  );
}

export function ContactEdit() {
  return (
    <VersionedEdit title="Edit contact">
      <ContactInputs />
      <Memberships />
    </VersionedEdit>
  );
}
