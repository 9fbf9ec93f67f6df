import type { Schemas } from '@partner-portal/api-client';
import { Alert, Box, Card, CardContent, CardHeader, Divider, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import {
  Create,
  Datagrid,
  DateField,
  email,
  FunctionField,
  List,
  Loading,
  NumberInput,
  required,
  SelectInput,
  SimpleForm,
  TextField,
  TextInput,
  Title,
  useNotify,
  useRequireAccess,
} from 'react-admin';
import { useCurrentAccount } from '../../accounts/currentAccount';
import { EmptyState, money } from '../../common/EmptyState';
import { accountId, answer, api } from '../../providers/api';
import { VersionedEdit } from '../../common/VersionedEdit';
import { AccountTwoFactorPolicy } from '../../pages/security/AccountTwoFactorPolicy';

const label = (value: string) => value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, ' ');

// Purchases
const ITEMS = [
  { id: 'STOCK_IMAGE', name: 'Stock image ($10.00 each)' },
  { id: 'PLUS_CAMPAIGN', name: 'Plus campaign ($50.00 each)' },
];
/** A purchase as the API lists it: the charge it made, such as "3 × Stock image". */
type PurchaseCharge = Schemas['PurchaseDto'];
export const PurchaseList = () => (
  <List title="Purchases" sort={{ field: 'createdAt', order: 'DESC' }} exporter={false} empty={<EmptyState title="No purchases yet" text="Buy stock images or Plus campaigns; they are charged to your bill." createLabel="Buy" />}>
    <Datagrid bulkActionButtons={false} rowClick={false}>
      <TextField source="description" label="Item" sortable={false} />
      <FunctionField<PurchaseCharge> label="Amount" render={(charge) => money(charge.amountCents, charge.currency)} />
      <FunctionField<PurchaseCharge> label="Billed to" render={(charge) => (charge.billedTo === 'PARTNER' ? "Partner's Single Bill" : 'This account')} />
      <DateField source="createdAt" label="Bought" />
    </Datagrid>
  </List>
);
export const PurchaseCreate = () => (
  <Create title="Buy" redirect="list">
    <SimpleForm defaultValues={{ item: 'STOCK_IMAGE', quantity: 1 }}>
      <SelectInput source="item" choices={ITEMS} validate={required()} />
      <NumberInput source="quantity" min={1} max={100} validate={required()} />
    </SimpleForm>
  </Create>
);

// Trials
const PRODUCTS = ['SOCIAL_ADS', 'EVENTS', 'SMS', 'ECOMMERCE'].map((id) => ({ id, name: label(id) }));
export const TrialList = () => (
  <List title="Trials" sort={{ field: 'startedAt', order: 'DESC' }} exporter={false} empty={<EmptyState title="No trials yet" text="Try another product free for 30 days." createLabel="Start a trial" />}>
    <Datagrid bulkActionButtons={false} rowClick={false}>
      <FunctionField label="Product" render={(record) => label(record.product)} />
      <DateField source="startedAt" label="Started" />
      <DateField source="endsAt" label="Ends" />
    </Datagrid>
  </List>
);
export const TrialCreate = () => (
  <Create title="Start a trial" redirect="list">
    <SimpleForm>
      <SelectInput source="product" choices={PRODUCTS} validate={required()} />
    </SimpleForm>
  </Create>
);

// Singletons: one record per account, saved with PUT and If-Match.
export const SettingsPage = () => (
  <>
    <VersionedEdit resource="settings" id="settings" title="Account settings" redirect={false} actions={false}>
      <TextInput source="timeZone" label="Time zone" validate={required()} helperText="Such as Europe/Paris" />
      <TextInput source="locale" validate={required()} helperText="Such as en-US" />
      <TextInput source="defaultFromName" label="Default sender name" />
      <TextInput source="defaultFromEmail" label="Default sender email" validate={email()} />
    </VersionedEdit>
    <AccountTwoFactorPolicy />
  </>
);

export const BusinessProfilePage = () => (
  <VersionedEdit resource="business-profile" id="business-profile" title="Business profile" redirect={false} actions={false}>
    <TextInput source="legalName" label="Legal name" />
    <TextInput source="website" helperText="https://…" />
    <TextInput source="phone" />
    <TextInput source="addressLine1" label="Address" />
    <TextInput source="addressLine2" label="Address (line 2)" />
    <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', width: '100%' }}>
      <TextInput source="city" />
      <TextInput source="region" />
      <TextInput source="postalCode" label="Postal code" />
      <TextInput source="country" helperText="Two letters, such as US" />
    </Box>
    <TextInput source="industry" />
  </VersionedEdit>
);

// Billing
type Billing = Schemas['BillingSummaryDto'];

export function BillingPage() {
  const { isPending } = useRequireAccess({ resource: 'billing', action: 'list' });
  const notify = useNotify();
  const account = useCurrentAccount();
  const [billing, setBilling] = useState<Billing | null>(null);
  useEffect(() => {
    if (isPending) return;
    answer(api.GET('/api/accounts/{accountId}/billing', { params: { path: { accountId: accountId() } } })).then(setBilling, (error: Error) =>
      notify(error.message, { type: 'error' }),
    );
  }, [isPending, notify, account?.id]);
  if (isPending || !billing) return <Loading loadingPrimary="Loading billing…" loadingSecondary="" />;
  return (
    <Box sx={{ display: 'grid', gap: 2, my: 2, maxWidth: 900 }}>
      <Title title="Billing" />
      <Card>
        <CardHeader title={`Plan: ${label(billing.plan)}`} subheader={`${money(billing.monthlyPriceCents, billing.currency)} a month`} />
        {billing.paidBy === 'PARTNER' && (
          <CardContent>
            <Alert severity="info">This account is on its partner's Single Bill: the partner pays for it.</Alert>
          </CardContent>
        )}
      </Card>
      {billing.singleBill && (
        <Card sx={{ overflowX: 'auto' }}>
          <CardHeader title="Single Bill" subheader={`${billing.singleBill.clients} clients · ${money(billing.singleBill.monthlyTotalCents)} a month`} />
          <Divider />
          <List resource="single-bill" title=" " disableSyncWithLocation perPage={25} sort={{ field: 'clientName', order: 'ASC' }} actions={false} exporter={false} empty={<CardContent>No Single Bill clients yet.</CardContent>}>
            <Datagrid bulkActionButtons={false} rowClick={false}>
              <TextField source="clientName" label="Client" />
              <FunctionField label="Plan" render={(record) => label(record.plan)} />
              <FunctionField label="Monthly" render={(record) => money(record.monthlyPriceCents)} />
            </Datagrid>
          </List>
        </Card>
      )}
      <Card sx={{ overflowX: 'auto' }}>
        <CardHeader title="Recent charges" />
        <Divider />
        {billing.recentCharges.length === 0 ? (
          <CardContent>
            <Typography color="text.secondary">No charges yet.</Typography>
          </CardContent>
        ) : (
          <Table size="small" aria-label="Recent charges">
            <TableHead>
              <TableRow>
                <TableCell>Date</TableCell>
                <TableCell>Description</TableCell>
                <TableCell align="right">Amount</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {billing.recentCharges.map((charge) => (
                <TableRow key={charge.id}>
                  <TableCell>{new Date(charge.createdAt).toLocaleDateString()}</TableCell>
                  <TableCell>{charge.description}</TableCell>
                  <TableCell align="right">{money(charge.amountCents, charge.currency)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Card>
    </Box>
  );
}

// Audit log
export const AuditList = () => (
  <List title="Audit log" sort={{ field: 'createdAt', order: 'DESC' }} exporter={false} perPage={50} empty={<EmptyState title="Nothing recorded yet" text="Invitations, role changes, removals and partner visits appear here." />}>
    <Datagrid bulkActionButtons={false} rowClick={false}>
      <DateField source="createdAt" label="When" showTime />
      <FunctionField label="Who" render={(record) => record.actor?.name || record.actor?.email || 'System'} />
      <TextField source="action" sortable={false} />
      <FunctionField label="Target" render={(record) => [record.targetType, record.targetId].filter(Boolean).join(' ')} />
    </Datagrid>
  </List>
);
