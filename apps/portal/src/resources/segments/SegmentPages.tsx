import type { Schemas } from '@partner-portal/api-client';
import { Box } from '@mui/material';
import {
  ArrayInput,
  Create,
  Datagrid,
  FunctionField,
  List,
  maxLength,
  NumberField,
  required,
  SearchInput,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextField,
  TextInput,
  useCanAccess,
} from 'react-admin';
import { EmptyState } from '../../common/EmptyState';
import { VersionedEdit } from '../../common/VersionedEdit';

const FIELDS = ['email', 'firstName', 'lastName', 'company', 'status', 'createdAt', 'list'].map((id) => ({ id, name: id }));
const OPS = ['contains', 'equals', 'startsWith', 'before', 'after', 'in'].map((id) => ({ id, name: id }));
const MATCH = [
  { id: 'all', name: 'Every rule holds' },
  { id: 'any', name: 'At least one rule holds' },
];

type Rule = Schemas['SegmentRuleDto'];

/** An `in` rule's value is a list: typed as comma-separated text. */
const toApi = (data: Record<string, unknown>) => ({
  ...data,
  rules: ((data.rules as Rule[] | undefined) ?? []).map((rule) => ({
    ...rule,
    value: rule.op === 'in' && typeof rule.value === 'string' ? rule.value.split(',').map((part) => part.trim()).filter(Boolean) : rule.value,
  })),
});
const fromApi = (value: unknown) => (Array.isArray(value) ? value.join(', ') : value);

export function SegmentList() {
  const { canAccess: canEdit } = useCanAccess({ resource: 'segments', action: 'edit' });
  return (
    <List
      title="Segments"
      filters={[<SearchInput key="q" source="q" alwaysOn />]}
      sort={{ field: 'name', order: 'ASC' }}
      exporter={false}
      empty={<EmptyState title="No segments yet" text="A segment is an audience defined by rules, such as every subscribed contact at one company." createLabel="Create segment" />}
    >
      <Datagrid bulkActionButtons={false} rowClick={canEdit ? 'edit' : false}>
        <TextField source="name" />
        <FunctionField label="Match" render={(record) => (record.match === 'any' ? 'Any rule' : 'All rules')} />
        <NumberField source="size" label="Contacts now" sortable={false} />
      </Datagrid>
    </List>
  );
}

function SegmentInputs() {
  return (
    <>
      <TextInput source="name" validate={[required(), maxLength(100)]} />
      <SelectInput source="match" choices={MATCH} validate={required()} />
      <ArrayInput source="rules" validate={required()}>
        <SimpleFormIterator inline>
          <SelectInput source="field" choices={FIELDS} validate={required()} />
          <SelectInput source="op" choices={OPS} validate={required()} />
          <TextInput source="value" validate={required()} format={fromApi} helperText="For “in”, separate values with commas" />
        </SimpleFormIterator>
      </ArrayInput>
    </>
  );
}

export function SegmentCreate() {
  return (
    <Create title="Create segment" redirect="list" transform={toApi}>
      <SimpleForm defaultValues={{ match: 'all', rules: [{ field: 'status', op: 'equals', value: 'SUBSCRIBED' }] }}>
        <Box sx={{ width: '100%' }}>
          <SegmentInputs />
        </Box>
      </SimpleForm>
    </Create>
  );
}

export function SegmentEdit() {
  return (
    <VersionedEdit title="Edit segment" transform={toApi}>
      <SegmentInputs />
    </VersionedEdit>
  );
}
