import { Button } from '@mui/material';
import {
  ArrayInput,
  Create,
  Datagrid,
  DateField,
  FunctionField,
  List,
  NumberInput,
  ReferenceInput,
  required,
  SearchInput,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextField,
  TextInput,
  TopToolbar,
  useCanAccess,
  useRecordContext,
} from 'react-admin';
import { EmptyState } from '../../common/EmptyState';
import { StateChip, useStateChange } from '../../common/StateActions';
import { VersionedEdit } from '../../common/VersionedEdit';

const TRIGGERS = [
  { id: 'CONTACT_JOINS_LIST', name: 'A contact joins a list' },
  { id: 'CONTACT_BIRTHDAY', name: "A contact's birthday" },
  { id: 'CONTACT_ANNIVERSARY', name: "A contact's anniversary" },
];

export function AutomationList() {
  return (
    <List
      title="Automations"
      filters={[<SearchInput key="q" source="q" alwaysOn />]}
      sort={{ field: 'createdAt', order: 'DESC' }}
      exporter={false}
      empty={<EmptyState title="No automated series yet" text="A series sends timed emails after a trigger, such as a contact joining a list." createLabel="Create series" />}
    >
      <Datagrid bulkActionButtons={false} rowClick="edit">
        <TextField source="name" />
        <FunctionField label="Trigger" render={(record) => TRIGGERS.find((t) => t.id === record.trigger)?.name ?? record.trigger} />
        <FunctionField label="Emails" render={(record) => String(record.steps?.length ?? '')} />
        <FunctionField label="Status" render={(record) => <StateChip value={record.status} />} />
        <DateField source="createdAt" label="Created" />
      </Datagrid>
    </List>
  );
}

function AutomationInputs() {
  return (
    <>
      <TextInput source="name" validate={required()} />
      <SelectInput source="trigger" choices={TRIGGERS} validate={required()} />
      <ReferenceInput source="triggerListId" reference="lists" sort={{ field: 'name', order: 'ASC' }}>
        <SelectInput label="Trigger list (for “joins a list”)" optionText="name" />
      </ReferenceInput>
      <ArrayInput source="steps" label="Emails">
        <SimpleFormIterator>
          <NumberInput source="delayDays" label="Days after the trigger" min={0} max={365} validate={required()} />
          <TextInput source="subject" validate={required()} />
          <TextInput source="bodyHtml" label="Body (HTML)" multiline validate={required()} />
        </SimpleFormIterator>
      </ArrayInput>
    </>
  );
}

export function AutomationCreate() {
  return (
    <Create title="Create series" redirect="list">
      <SimpleForm defaultValues={{ trigger: 'CONTACT_JOINS_LIST', steps: [{ delayDays: 0, subject: 'Welcome', bodyHtml: '<p>Welcome!</p>' }] }}>
        <AutomationInputs />
      </SimpleForm>
    </Create>
  );
}

function Actions() {
  const record = useRecordContext();
  const { canAccess } = useCanAccess({ resource: 'automations', action: 'activate' });
  const { run, busy } = useStateChange();
  if (!record) return null;
  return (
    <TopToolbar sx={{ alignItems: 'center' }}>
      <StateChip value={record.status} />
      {canAccess && record.status !== 'ACTIVE' && (
        <Button size="small" variant="contained" disabled={busy} onClick={() => run('automations', record, 'activate', `${record.name} is active.`)}>
          Activate
        </Button>
      )}
      {canAccess && record.status === 'ACTIVE' && (
        <Button size="small" color="warning" disabled={busy} onClick={() => run('automations', record, 'pause', `${record.name} is paused.`)}>
          Pause
        </Button>
      )}
    </TopToolbar>
  );
}

export function AutomationEdit() {
  return (
    <VersionedEdit title="Edit series" actions={<Actions />}>
      <AutomationInputs />
    </VersionedEdit>
  );
}
