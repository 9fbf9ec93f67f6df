import type { Schemas } from '@partner-portal/api-client';
import { Box, Chip, Typography } from '@mui/material';
import {
  CreateButton,
  Datagrid,
  DateField,
  FunctionField,
  List,
  SearchInput,
  SelectInput,
  TextField,
  TopToolbar,
  useCanAccess,
} from 'react-admin';
import { useSwitchAccount } from '../../accounts/currentAccount';
import { BILLING_MODE_LABELS } from '../../accounts/labels';

export type ClientRow = Schemas['ClientRowDto'];

const BILLING_CHOICES = [
  { id: 'SINGLE_BILL', name: 'Single Bill' },
  { id: 'DIRECT', name: 'Direct' },
];
const OWNER_CHOICES = [
  { id: 'PENDING', name: 'Pending' },
  { id: 'ACTIVE', name: 'Active' },
  { id: 'NONE', name: 'No owner' },
];

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Search by name" />,
  <SelectInput key="billingMode" source="billingMode" label="Billing mode" choices={BILLING_CHOICES} alwaysOn />,
  <SelectInput key="ownerStatus" source="ownerStatus" label="Owner" choices={OWNER_CHOICES} alwaysOn />,
];

function Actions() {
  const { canAccess: canCreate } = useCanAccess({ resource: 'clients', action: 'create' });
  return <TopToolbar>{canCreate && <CreateButton label="Create client account" />}</TopToolbar>;
}

function NoClients() {
  const { canAccess: canCreate } = useCanAccess({ resource: 'clients', action: 'create' });
  return (
    <Box sx={{ textAlign: 'center', py: 6, px: 2, width: '100%' }}>
      <Typography variant="h6" component="p" gutterBottom>
        No client accounts yet
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        Client accounts you create appear here. Their owner is invited by email and shows as Pending until they accept.
      </Typography>
      {canCreate && <CreateButton variant="contained" label="Create client account" />}
    </Box>
  );
}

function OwnerField({ owner }: { owner: ClientRow['owner'] }) {
  if (!owner) return <Typography variant="body2" color="text.secondary">No owner</Typography>;
  return (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
      <span>{owner.email}</span>
      <Chip size="small" label={owner.status === 'PENDING' ? 'Pending' : 'Active'} color={owner.status === 'PENDING' ? 'warning' : 'success'} variant="outlined" />
    </Box>
  );
}

/** The Accounts tab: the partner's clients, paged and sorted by the API; a row opens that client. */
export function ClientList() {
  const switchAccount = useSwitchAccount();
  return (
    <List
      title="Accounts"
      filters={filters}
      actions={<Actions />}
      sort={{ field: 'name', order: 'ASC' }}
      perPage={25}
      empty={<NoClients />}
      exporter={false}
    >
      <Datagrid
        bulkActionButtons={false}
        rowClick={(id) => {
          void switchAccount(String(id));
          return false;
        }}
      >
        <TextField source="name" label="Client account" />
        <FunctionField<ClientRow> source="billingMode" label="Billing" render={(record) => BILLING_MODE_LABELS[record.billingMode]} />
        <FunctionField<ClientRow> source="ownerEmail" sortBy="ownerEmail" label="Owner" render={(record) => <OwnerField owner={record.owner} />} />
        <FunctionField<ClientRow> label="People" sortable={false} render={(record) => String(record.people)} />
        <DateField source="createdAt" label="Created" />
      </Datagrid>
    </List>
  );
}

