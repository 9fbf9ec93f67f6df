import { Typography } from '@mui/material';
import { Create, email, maxLength, required, SaveButton, SelectInput, SimpleForm, TextInput, Toolbar, useNotify, useRedirect } from 'react-admin';
import type { ClientRow } from './ClientList';

const BILLING_CHOICES = [
  { id: 'SINGLE_BILL', name: 'Single Bill: your agency pays on one consolidated bill' },
  { id: 'DIRECT', name: 'Direct: the client pays the platform itself' },
];

/** Creates a managed client account and invites its owner, in one request. */
export function ClientCreate() {
  const notify = useNotify();
  const redirect = useRedirect();
  return (
    <Create
      title="Create client account"
      mutationOptions={{
        onSuccess: (client: ClientRow) => {
          notify(`${client.name} was created. ${client.owner?.email ?? 'The owner'} has been invited and shows as Pending until they accept.`, {
            type: 'success',
          });
          redirect('list', 'clients');
        },
      }}
    >
      <SimpleForm
        defaultValues={{ billingMode: 'SINGLE_BILL' }}
        toolbar={
          <Toolbar>
            <SaveButton label="Create client account" />
          </Toolbar>
        }
      >
        <TextInput source="name" label="Account name" validate={[required(), maxLength(120)]} autoFocus />
        <SelectInput source="billingMode" label="Billing mode" choices={BILLING_CHOICES} validate={required()} />
        <TextInput source="ownerEmail" label="Owner's email" type="email" validate={[required(), email()]} helperText="The owner is emailed an invitation." />
        <Typography variant="body2" color="text.secondary">
          The owner shows as Pending in the Accounts tab until they accept the invitation.
        </Typography>
      </SimpleForm>
    </Create>
  );
}
