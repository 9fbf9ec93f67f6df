import type { Schemas } from '@partner-portal/api-client';
import { Box, Button, Card, CardContent, TextField as MuiTextField, Typography } from '@mui/material';
import { type FormEvent, useEffect, useState } from 'react';
import { Datagrid, DateField, FunctionField, List, Loading, required, SearchInput, TextInput, Title, useNotify, useRedirect, useRequireAccess, useResourceContext } from 'react-admin';
import { EmptyState } from '../../common/EmptyState';
import { VersionedEdit } from '../../common/VersionedEdit';
import { accountId, answer, api } from '../../providers/api';

/** The library's images and the account's logos share these pages; each has its own routes. */
const isLogo = (resource: string) => resource === 'logos';

function assetContent(resource: string, assetId: string, signal: AbortSignal): Promise<Blob> {
  const init = { params: { path: { accountId: accountId(), assetId } }, parseAs: 'blob' as const, signal };
  return answer(
    isLogo(resource) ? api.GET('/api/accounts/{accountId}/logos/{assetId}/content', init) : api.GET('/api/accounts/{accountId}/library/{assetId}/content', init),
  );
}

type UploadForm = Schemas['UploadAssetFormDto'];

/** Multipart: the text fields given, then the file. */
function formData(fields: UploadForm): FormData {
  const form = new FormData();
  if (fields.name) form.append('name', fields.name);
  if (fields.altText) form.append('altText', fields.altText);
  form.append('file', fields.file);
  return form;
}

function uploadAsset(resource: string, fields: UploadForm) {
  const init = { params: { path: { accountId: accountId() } }, body: fields, bodySerializer: formData };
  return answer(isLogo(resource) ? api.POST('/api/accounts/{accountId}/logos', init) : api.POST('/api/accounts/{accountId}/library', init));
}

/** An image from the content route: fetched with the bearer token as a Blob, shown through an object URL. */
export function Thumbnail({ id, alt, size = 64 }: { id: string; alt: string; size?: number }) {
  const resource = useResourceContext() ?? 'library';
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let objectUrl: string | null = null;
    let live = true;
    const controller = new AbortController();
    assetContent(resource, id, controller.signal).then(
      (blob) => {
        if (!live) return;
        objectUrl = URL.createObjectURL(blob);
        setUrl(objectUrl);
      },
      () => undefined,
    );
    return () => {
      live = false;
      controller.abort();
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [resource, id]);
  return (
    <Box sx={{ width: size, height: size, bgcolor: 'grey.100', borderRadius: 1, overflow: 'hidden', display: 'grid', placeItems: 'center' }}>
      {url ? <img src={url} alt={alt} style={{ maxWidth: '100%', maxHeight: '100%' }} /> : null}
    </Box>
  );
}

const what = (resource: string) => (resource === 'logos' ? 'logo' : 'image');

export function AssetList() {
  const resource = useResourceContext() ?? 'library';
  const noun = what(resource);
  return (
    <List
      title={resource === 'logos' ? 'Logos' : 'Library'}
      filters={[<SearchInput key="q" source="q" alwaysOn />]}
      sort={{ field: 'createdAt', order: 'DESC' }}
      exporter={false}
      empty={<EmptyState title={`No ${noun}s yet`} text={`Upload a PNG, JPEG, GIF or WebP ${noun} to use in campaigns and pages.`} createLabel={`Upload ${noun}`} />}
    >
      <Datagrid bulkActionButtons={false} rowClick="edit">
        <FunctionField label="" render={(record) => <Thumbnail id={String(record.id)} alt={record.altText ?? record.name} />} />
        <FunctionField source="name" label="Name" render={(record) => record.name} />
        <FunctionField label="Size" render={(record) => `${record.width ?? '?'}×${record.height ?? '?'} · ${Math.round((record.sizeBytes ?? 0) / 1024)} kB`} />
        <DateField source="createdAt" label="Uploaded" />
      </Datagrid>
    </List>
  );
}

/** Upload: a file input sent as multipart/form-data with the name and alt text. */
export function AssetUpload() {
  const resource = useResourceContext() ?? 'library';
  const { isPending } = useRequireAccess({ resource, action: 'create' });
  const notify = useNotify();
  const redirect = useRedirect();
  const [file, setFile] = useState<File | null>(null);
  const [name, setName] = useState('');
  const [altText, setAltText] = useState('');
  const [busy, setBusy] = useState(false);
  if (isPending) return <Loading />;
  const noun = what(resource);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    try {
      await uploadAsset(resource, { file, name: name.trim(), altText: altText.trim() });
      notify(`The ${noun} was uploaded.`, { type: 'success' });
      redirect('list', resource);
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card sx={{ mt: 2, maxWidth: 560 }}>
      <Title title={`Upload ${noun}`} />
      <CardContent component="form" onSubmit={submit} sx={{ display: 'grid', gap: 2 }}>
        <Typography variant="h6" component="h1">
          Upload {noun}
        </Typography>
        <input aria-label="Image file" type="file" accept="image/png,image/jpeg,image/gif,image/webp" onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
        <MuiTextField label="Name" value={name} onChange={(event) => setName(event.target.value)} helperText="Defaults to the file name" />
        <MuiTextField label="Alt text" value={altText} onChange={(event) => setAltText(event.target.value)} />
        <Box>
          <Button type="submit" variant="contained" disabled={!file || busy}>
            {busy ? 'Uploading…' : 'Upload'}
          </Button>
        </Box>
      </CardContent>
    </Card>
  );
}

function Preview() {
  return <FunctionField render={(record) => <Thumbnail id={String(record.id)} alt={record.altText ?? record.name} size={160} />} />;
}

export function AssetEdit() {
  return (
    <VersionedEdit title="Edit image">
      <Preview />
      <TextInput source="name" validate={required()} />
      <TextInput source="altText" label="Alt text" />
    </VersionedEdit>
  );
}
