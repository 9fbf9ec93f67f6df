import { Box, Typography } from '@mui/material';
import {
  Create,
  Datagrid,
  DateField,
  List,
  maxLength,
  NumberField,
  Pagination,
  ReferenceManyField,
  required,
  SearchInput,
  SimpleForm,
  TextField,
  TextInput,
  useCanAccess,
} from 'react-admin';
import { EmptyState } from '../../common/EmptyState';
import { VersionedEdit } from '../../common/VersionedEdit';

export function ListList() {
  const { canAccess: canManage } = useCanAccess({ resource: 'lists', action: 'edit' });
  return (
    <List
      title="Lists"
      filters={[<SearchInput key="q" source="q" alwaysOn />]}
      sort={{ field: 'name', order: 'ASC' }}
      exporter={false}
      empty={<EmptyState title="No lists yet" text="Lists group contacts so that campaigns can be sent to them." createLabel="Create list" />}
    >
      <Datagrid bulkActionButtons={false} rowClick={canManage ? 'edit' : false}>
        <TextField source="name" />
        <TextField source="description" sortable={false} />
        <NumberField source="memberCount" label="Contacts" sortable={false} />
        <DateField source="createdAt" label="Created" />
      </Datagrid>
    </List>
  );
}

function ListInputs() {
  return (
    <>
      <TextInput source="name" validate={[required(), maxLength(100)]} />
      <TextInput source="description" multiline validate={maxLength(1000)} />
    </>
  );
}

export function ListCreate() {
  return (
    <Create title="Create list" redirect="list">
      <SimpleForm>
        <ListInputs />
      </SimpleForm>
    </Create>
  );
}

/** Members are contacts: shown only to those who may view contacts (lists.view alone gives names and sizes). */
function Members() {
  const { canAccess } = useCanAccess({ resource: 'lists', action: 'members' });
  if (!canAccess) return null;
  return (
    <Box sx={{ width: '100%', mt: 2 }}>
      <Typography variant="subtitle1" component="h2">
        Members
      </Typography>
      <ReferenceManyField reference="list-members" target="listId" perPage={25} pagination={<Pagination />} sort={{ field: 'email', order: 'ASC' }}>
        <Datagrid bulkActionButtons={false} rowClick={false} empty={<Typography color="text.secondary">No contacts on this list yet.</Typography>}>
          <TextField source="email" />
          <TextField source="firstName" label="First name" sortable={false} />
          <TextField source="lastName" label="Last name" />
        </Datagrid>
      </ReferenceManyField>
    </Box>
  );
}

export function ListEdit() {
  return (
    <VersionedEdit title="Edit list">
      <ListInputs />
      <Members />
    </VersionedEdit>
  );
}
