import type { ReactNode } from 'react';
import {
  Create,
  Datagrid,
  DateField,
  DeleteButton,
  FunctionField,
  List,
  NumberInput,
  ReferenceInput,
  required,
  SearchInput,
  SelectInput,
  SimpleForm,
  TextField,
  TextInput,
  TopToolbar,
  useCanAccess,
  useRecordContext,
  useResourceContext,
} from 'react-admin';
import { EmptyState, money } from '../../common/EmptyState';
import { PublishButtons, StateChip } from '../../common/StateActions';
import { VersionedEdit } from '../../common/VersionedEdit';

const NETWORKS = ['FACEBOOK', 'INSTAGRAM', 'LINKEDIN', 'X'].map((id) => ({ id, name: id === 'X' ? 'X' : id.charAt(0) + id.slice(1).toLowerCase() }));

/** A paged list of records with a `state`: search, state chip, publish buttons, an empty state. */
function StateList({ title, empty, createLabel, children, schedule }: { title: string; empty: string; createLabel: string; children: ReactNode; schedule?: boolean }) {
  const resource = useResourceContext() ?? '';
  const { canAccess: canEdit } = useCanAccess({ resource, action: 'edit' });
  return (
    <List
      title={title}
      filters={[<SearchInput key="q" source="q" alwaysOn />]}
      sort={{ field: 'createdAt', order: 'DESC' }}
      exporter={false}
      empty={<EmptyState title={`No ${title.toLowerCase()} yet`} text={empty} createLabel={createLabel} />}
    >
      <Datagrid bulkActionButtons={false} rowClick={canEdit ? 'edit' : false}>
        {children}
        <FunctionField label="State" render={(record) => <StateChip value={record.state} />} />
        <FunctionField label="" render={() => <PublishButtons schedule={schedule} />} />
        <DateField source="createdAt" label="Created" />
      </Datagrid>
    </List>
  );
}

function StateActions({ schedule }: { schedule?: boolean }) {
  const record = useRecordContext();
  return (
    <TopToolbar sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
      <StateChip value={record?.state} />
      <PublishButtons schedule={schedule} />
    </TopToolbar>
  );
}

// Social posts
const postInputs = (
  <>
    <SelectInput source="network" choices={NETWORKS} validate={required()} />
    <TextInput source="body" multiline minRows={4} validate={required()} helperText="At most 3,000 characters; 280 on X" />
  </>
);
export const SocialPostList = () => (
  <StateList title="Social posts" empty="Draft a post for Facebook, Instagram, LinkedIn or X, then schedule or publish it." createLabel="Draft post" schedule>
    <TextField source="network" />
    <FunctionField label="Post" render={(record) => (record.body.length > 80 ? `${record.body.slice(0, 80)}…` : record.body)} />
  </StateList>
);
export const SocialPostCreate = () => (
  <Create title="Draft social post" redirect="list">
    <SimpleForm defaultValues={{ network: 'FACEBOOK' }}>{postInputs}</SimpleForm>
  </Create>
);
export const SocialPostEdit = () => (
  <VersionedEdit title="Edit social post" actions={<StateActions schedule />}>
    {postInputs}
  </VersionedEdit>
);

// Ads (Google, Meta, lead ads share one shape)
const adInputs = (
  <>
    <TextInput source="name" validate={required()} />
    <TextInput source="headline" validate={required()} />
    <NumberInput source="budgetCents" label="Budget (cents)" min={100} validate={required()} />
  </>
);
const AD_TITLES: Record<string, string> = { 'ads-google': 'Google Ads', 'ads-meta': 'Facebook & Instagram ads', 'ads-lead': 'Lead ads' };
export function AdList() {
  const resource = useResourceContext() ?? 'ads-google';
  return (
    <StateList title={AD_TITLES[resource] ?? 'Ads'} empty="Draft an ad with a headline and a budget, then schedule or publish it." createLabel="Create ad" schedule>
      <TextField source="name" />
      <TextField source="headline" sortable={false} />
      <FunctionField label="Budget" render={(record) => money(record.budgetCents)} />
    </StateList>
  );
}
export const AdCreate = () => (
  <Create title="Create ad" redirect="list">
    <SimpleForm defaultValues={{ budgetCents: 1000 }}>{adInputs}</SimpleForm>
  </Create>
);
export const AdEdit = () => (
  <VersionedEdit title="Edit ad" actions={<StateActions schedule />}>
    {adInputs}
  </VersionedEdit>
);

// Lookalike audiences: created from a list, never edited.
export const LookalikeList = () => (
  <List
    title="Lookalike audiences"
    sort={{ field: 'createdAt', order: 'DESC' }}
    exporter={false}
    empty={<EmptyState title="No lookalike audiences yet" text="Build a Facebook lookalike audience from one of your contact lists." createLabel="Create audience" />}
  >
    <Datagrid bulkActionButtons={false} rowClick={false}>
      <TextField source="name" />
      <TextField source="country" />
      <TextField source="sourceSize" label="Source contacts" />
      <DateField source="createdAt" label="Created" />
      <DeleteButton mutationMode="pessimistic" />
    </Datagrid>
  </List>
);
export const LookalikeCreate = () => (
  <Create title="Create lookalike audience" redirect="list">
    <SimpleForm defaultValues={{ country: 'US' }}>
      <TextInput source="name" validate={required()} />
      <ReferenceInput source="sourceListId" reference="lists" sort={{ field: 'name', order: 'ASC' }}>
        <SelectInput label="Source list" optionText="name" validate={required()} />
      </ReferenceInput>
      <TextInput source="country" helperText="Two-letter country code, such as US" validate={required()} />
    </SimpleForm>
  </Create>
);

// Online stores
const storeInputs = (
  <>
    <TextInput source="name" validate={required()} />
    <TextInput source="currency" helperText="ISO 4217 code, such as USD or EUR" validate={required()} />
  </>
);
export const StoreList = () => (
  <StateList title="Stores" empty="Create an online store, then publish it." createLabel="Create store">
    <TextField source="name" />
    <TextField source="currency" />
  </StateList>
);
export const StoreCreate = () => (
  <Create title="Create store" redirect="list">
    <SimpleForm defaultValues={{ currency: 'USD' }}>{storeInputs}</SimpleForm>
  </Create>
);
export const StoreEdit = () => (
  <VersionedEdit title="Edit store" actions={<StateActions />}>
    {storeInputs}
  </VersionedEdit>
);
