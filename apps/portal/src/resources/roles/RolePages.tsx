import type { Schemas } from '@partner-portal/api-client';
import { Alert, Box } from '@mui/material';
import {
  Create,
  Datagrid,
  DateField,
  DeleteWithConfirmButton,
  FunctionField,
  List,
  maxLength,
  NumberField,
  required,
  SaveButton,
  Show,
  SimpleForm,
  Labeled,
  TextField,
  TextInput,
  Toolbar,
  useCanAccess,
  useNotify,
  useRecordContext,
} from 'react-admin';
import { EmptyState } from '../../common/EmptyState';
import { VersionedEdit } from '../../common/VersionedEdit';
import { errorCode } from '../users/api';
import { ActionMatrixField, ActionMatrixInput } from './ActionMatrix';

/** A custom role as `GET roles` answers it. */
export type RoleRecord = Schemas['CustomRoleDto'];

/** The API's refusals of a role, in the editor's words; the API's own message says which actions or name. */
export function roleErrorMessage(error: unknown): string {
  const message = (error as Error).message;
  switch (errorCode(error)) {
    case 'ROLE_EXCEEDS_YOURS':
      return `This role asks for more than you hold here. ${message}`;
    case 'ROLE_NAME_TAKEN':
      return `Another role of this account already has that name. ${message}`;
    case 'CUSTOM_ROLE_LIMIT':
      return `This account already has as many custom roles as it may. ${message}`;
    case 'ROLE_IN_USE':
      return `This role cannot be deleted while someone holds it. ${message}`;
    default:
      return message;
  }
}

const HELD_BY = (holders: number) => (holders === 1 ? 'one person' : `${holders} people`);

export function RoleList() {
  const { canAccess: canManage } = useCanAccess({ resource: 'roles', action: 'edit' });
  return (
    <List
      title="Roles"
      sort={{ field: 'name', order: 'ASC' }}
      exporter={false}
      empty={<EmptyState title="No custom roles yet" text="Compose one from the actions you hold: for instance, sends campaigns but never sees contacts." createLabel="Create role" />}
    >
      <Datagrid bulkActionButtons={false} rowClick={canManage ? 'edit' : 'show'}>
        <TextField source="name" />
        <FunctionField<RoleRecord> label="Actions" sortable={false} render={(role) => role.actions.length} />
        <NumberField source="holders" label="Held by" sortable={false} />
        <DateField source="createdAt" label="Created" />
      </Datagrid>
    </List>
  );
}

function RoleInputs() {
  return (
    <>
      <TextInput source="name" validate={[required(), maxLength(100)]} helperText="What members holding it do, such as “Sender (no contacts)”." sx={{ maxWidth: 480 }} fullWidth />
      <ActionMatrixInput />
    </>
  );
}

export function RoleCreate() {
  const notify = useNotify();
  return (
    <Create title="Create role" redirect="list" mutationOptions={{ onError: (error) => notify(roleErrorMessage(error), { type: 'error' }) }}>
      <SimpleForm defaultValues={{ name: '', actions: [] }}>
        <RoleInputs />
      </SimpleForm>
    </Create>
  );
}

/** Delete asks first; a role someone still holds is refused by the API with ROLE_IN_USE, said plainly. */
function DeleteRoleButton() {
  const role = useRecordContext<RoleRecord>();
  const notify = useNotify();
  if (!role) return null;
  return (
    <DeleteWithConfirmButton
      mutationMode="pessimistic"
      confirmTitle={`Delete the role “${role.name}”?`}
      confirmContent={
        role.holders > 0
          ? `${HELD_BY(role.holders)} still ${role.holders === 1 ? 'holds' : 'hold'} it: the role can be deleted only once nobody does.`
          : 'Nobody holds it. It is gone for good once deleted.'
      }
      mutationOptions={{ onError: (error) => notify(roleErrorMessage(error), { type: 'error' }) }}
    />
  );
}

function HoldersNote() {
  const role = useRecordContext<RoleRecord>();
  if (!role || role.holders === 0) return null;
  return (
    <Alert severity="info" sx={{ width: '100%', mb: 1 }}>
      Held by {HELD_BY(role.holders)}. A change applies to them on their next request.
    </Alert>
  );
}

export function RoleEdit() {
  return (
    <VersionedEdit
      title="Edit role"
      describeError={roleErrorMessage}
      toolbar={
        <Toolbar sx={{ justifyContent: 'space-between' }}>
          <SaveButton />
          <DeleteRoleButton />
        </Toolbar>
      }
    >
      <HoldersNote />
      <RoleInputs />
    </VersionedEdit>
  );
}

export function RoleShow() {
  return (
    <Show title="Role">
      <Box sx={{ display: 'grid', gap: 2, p: 2 }}>
        <Labeled label="Name">
          <TextField source="name" />
        </Labeled>
        <Labeled label="Held by">
          <NumberField source="holders" />
        </Labeled>
        <ActionMatrixField />
      </Box>
    </Show>
  );
}
