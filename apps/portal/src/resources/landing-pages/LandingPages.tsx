import { Link } from '@mui/material';
import { Create, Datagrid, DateField, FunctionField, List, required, SearchInput, SimpleForm, TextField, TextInput, TopToolbar, useRecordContext } from 'react-admin';
import { EmptyState } from '../../common/EmptyState';
import { PublishButtons, StateChip } from '../../common/StateActions';
import { VersionedEdit } from '../../common/VersionedEdit';

const publicUrl = (slug: string) => `/api/public/pages/${encodeURIComponent(slug)}`;

function PublicLink() {
  const record = useRecordContext();
  if (!record || record.state !== 'PUBLISHED') return null;
  return (
    <Link href={publicUrl(record.slug)} target="_blank" rel="noopener noreferrer" onClick={(event) => event.stopPropagation()}>
      View public page
    </Link>
  );
}

export function LandingPageList() {
  return (
    <List
      title="Landing pages"
      filters={[<SearchInput key="q" source="q" alwaysOn />]}
      sort={{ field: 'createdAt', order: 'DESC' }}
      exporter={false}
      empty={<EmptyState title="No landing pages yet" text="Build a page, publish it, and share its link." createLabel="Create landing page" />}
    >
      <Datagrid bulkActionButtons={false} rowClick="edit">
        <TextField source="title" />
        <TextField source="slug" />
        <FunctionField label="State" render={(record) => <StateChip value={record.state} />} />
        <FunctionField label="" render={() => <PublishButtons />} />
        <FunctionField label="" render={() => <PublicLink />} />
        <DateField source="createdAt" label="Created" />
      </Datagrid>
    </List>
  );
}

function Inputs() {
  return (
    <>
      <TextInput source="title" validate={required()} />
      <TextInput source="slug" helperText="Lower-case letters and digits with hyphens; made from the title when empty" />
      <TextInput source="bodyHtml" label="Page HTML" multiline minRows={8} helperText="Text, links, images, tables and inline styles. Forms, scripts, event handlers and meta refresh are removed when you save." />
    </>
  );
}

export function LandingPageCreate() {
  return (
    <Create title="Create landing page" redirect="edit">
      <SimpleForm>
        <Inputs />
      </SimpleForm>
    </Create>
  );
}

function Actions() {
  const record = useRecordContext();
  return (
    <TopToolbar sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
      <StateChip value={record?.state} />
      <PublishButtons />
      <PublicLink />
    </TopToolbar>
  );
}

export function LandingPageEdit() {
  return (
    <VersionedEdit title="Edit landing page" actions={<Actions />}>
      <Inputs />
    </VersionedEdit>
  );
}
