import type { Schemas } from '@partner-portal/api-client';
import { Alert, Box, Chip, Tooltip, Typography } from '@mui/material';
import { useEffect } from 'react';
import {
  Create,
  CreateButton,
  Datagrid,
  DateField,
  EditButton,
  FunctionField,
  Labeled,
  List,
  maxLength,
  NumberField,
  Pagination,
  ReferenceManyField,
  required,
  SearchInput,
  Show,
  SimpleForm,
  TextField,
  TextInput,
  TopToolbar,
  useCanAccess,
  useListContext,
  useRecordContext,
  useRedirect,
} from 'react-admin';
import { EmptyState } from '../../common/EmptyState';
import { VersionedEdit } from '../../common/VersionedEdit';

/**
 * A list as the API answers it. `access` is the caller's level when it is restricted to chosen lists
 * (null when its role alone decides): SEND lists can be targeted but not opened, VIEW lists are read-only.
 */
type ListRecord = Schemas['ContactListDto'];

const accessOf = (list: ListRecord | undefined) => list?.access ?? null;

/** Whether the caller may change this list: its role allows it, and a restriction (if any) says Manage. */
const editable = (list: ListRecord | undefined, canManage: boolean) => canManage && (accessOf(list) === null || accessOf(list) === 'MANAGE');

function AccessChip() {
  const list = useRecordContext<ListRecord>();
  switch (accessOf(list)) {
    case 'SEND':
      return (
        <Tooltip title="You can send campaigns to this list, but not open it or see its contacts.">
          <Chip size="small" label="Send only" color="warning" variant="outlined" sx={{ ml: 1 }} />
        </Tooltip>
      );
    case 'VIEW':
      return (
        <Tooltip title="You can see this list and its contacts, but not change it.">
          <Chip size="small" label="View only" variant="outlined" sx={{ ml: 1 }} />
        </Tooltip>
      );
    default:
      return null;
  }
}

/** Create, unless the caller is restricted to chosen lists (the API refuses it new lists: LIST_RESTRICTED). */
function ListActions() {
  const { data } = useListContext<ListRecord>();
  const restricted = data?.some((list) => accessOf(list) !== null) ?? false;
  return <TopToolbar>{!restricted && <CreateButton />}</TopToolbar>;
}

export function ListList() {
  const { canAccess: canManage = false } = useCanAccess({ resource: 'lists', action: 'edit' });
  return (
    <List
      title="Lists"
      actions={<ListActions />}
      filters={[<SearchInput key="q" source="q" alwaysOn />]}
      sort={{ field: 'name', order: 'ASC' }}
      exporter={false}
      empty={<EmptyState title="No lists yet" text="Lists group contacts so that campaigns can be sent to them." createLabel="Create list" />}
    >
      <Datagrid
        bulkActionButtons={false}
        rowClick={(_id, _resource, list) => (accessOf(list as ListRecord) === 'SEND' ? false : editable(list as ListRecord, canManage) ? 'edit' : 'show')}
        rowSx={(list) => (accessOf(list as ListRecord) === 'SEND' ? { cursor: 'default' } : {})}
      >
        <FunctionField<ListRecord>
          label="Name"
          source="name"
          render={(list) => (
            <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', flexWrap: 'wrap' }}>
              {list.name}
              <AccessChip />
            </Box>
          )}
        />
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

/**
 * Members are contacts: shown only to those who may view contacts (lists.view alone gives names and
 * sizes), and never on a list the caller may only send to.
 */
function Members() {
  const list = useRecordContext<ListRecord>();
  const { canAccess } = useCanAccess({ resource: 'lists', action: 'members' });
  if (!canAccess || !list || accessOf(list) === 'SEND') return null;
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

/** A list the caller may not change (View or Send only) opened at its edit URL goes to its read-only page. */
function ReadOnlyElsewhere() {
  const list = useRecordContext<ListRecord>();
  const redirect = useRedirect();
  const readOnly = list !== undefined && !editable(list, true);
  useEffect(() => {
    if (readOnly && list) redirect('show', 'lists', list.id);
  }, [readOnly, list, redirect]);
  return null;
}

export function ListEdit() {
  return (
    <VersionedEdit title="Edit list">
      <ReadOnlyElsewhere />
      <ListInputs />
      <Members />
    </VersionedEdit>
  );
}

function ShowActions() {
  const list = useRecordContext<ListRecord>();
  const { canAccess: canManage = false } = useCanAccess({ resource: 'lists', action: 'edit' });
  return <TopToolbar>{editable(list, canManage) && <EditButton />}</TopToolbar>;
}

/** The size of a list the caller may only send to, and why there is nothing more. */
function SendOnlyNotice() {
  const list = useRecordContext<ListRecord>();
  if (accessOf(list) !== 'SEND') return null;
  return (
    <Alert severity="info" sx={{ width: '100%' }}>
      You can send campaigns to this list, but not open its contacts.
    </Alert>
  );
}

/** A list read-only: for a restricted member at View, or anyone whose role sees lists without managing them. */
export function ListShow() {
  return (
    <Show title="List" actions={<ShowActions />}>
      <Box sx={{ display: 'grid', gap: 2, p: 2 }}>
        <Labeled label="Name">
          <FunctionField<ListRecord>
            render={(list) => (
              <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center' }}>
                {list.name}
                <AccessChip />
              </Box>
            )}
          />
        </Labeled>
        <Labeled label="Description">
          <TextField source="description" emptyText="—" />
        </Labeled>
        <Labeled label="Contacts">
          <NumberField source="memberCount" />
        </Labeled>
        <Labeled label="Created">
          <DateField source="createdAt" />
        </Labeled>
        <SendOnlyNotice />
        <Members />
      </Box>
    </Show>
  );
}
