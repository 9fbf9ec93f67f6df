import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { type ReactElement, type ReactNode, useState } from 'react';
import {
  Edit,
  HttpError,
  type RaRecord,
  type RedirectionSideEffect,
  SimpleForm,
  useNotify,
  useRecordContext,
  useRedirect,
  useRefresh,
  useResourceContext,
  useUpdate,
} from 'react-admin';
import { DraftKeeper, useDiscardDraft } from './DraftKeeper';
import { PresenceMark } from './PresenceMark';

interface Conflict {
  mine: RaRecord;
  current: RaRecord;
}

/** Fields that are the record's bookkeeping, not something a person edits. */
const NOT_COMPARED = new Set(['id', 'version', 'accountId', 'createdAt', 'updatedAt', 'lists', 'memberCount', 'size', 'recipientCount', 'holders', 'access']);

/** The record as it is now, from a 412 VERSION_CONFLICT answer (`details.current`), or null for any other error. */
export function conflictOf(error: unknown): RaRecord | null {
  if (!(error instanceof HttpError) || error.status !== 412) return null;
  const body = error.body as { code?: string; details?: { current?: RaRecord } } | null;
  return body?.code === 'VERSION_CONFLICT' && body.details?.current ? body.details.current : null;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b === '' ? null : (b ?? null)) || JSON.stringify(a === '' ? null : (a ?? null)) === JSON.stringify(b ?? null);

const show = (value: unknown) => {
  if (value === null || value === undefined || value === '') return '(empty)';
  return typeof value === 'string' ? value : JSON.stringify(value);
};

const label = (field: string) => field.replace(/([A-Z])/g, ' $1').replace(/^./, (c) => c.toUpperCase());

/** Field by field, where my edit and the stored record now differ. */
export function differences({ mine, current }: Conflict): { field: string; mine: unknown; theirs: unknown }[] {
  const fields = new Set([...Object.keys(mine), ...Object.keys(current)].filter((field) => !NOT_COMPARED.has(field)));
  return [...fields].filter((field) => field in mine && !same(mine[field], current[field])).map((field) => ({ field, mine: mine[field], theirs: current[field] }));
}

/**
 * The dialog a save answered 412 opens: what changed, then "Reload theirs" (drop my edits and load the
 * stored record) or "Overwrite with mine" (send my values again with the current version).
 */
function ConflictDialog({ conflict, onResolved, redirect }: { conflict: Conflict | null; onResolved: (next: Conflict | null) => void; redirect: RedirectionSideEffect }) {
  const resource = useResourceContext();
  const record = useRecordContext();
  const notify = useNotify();
  const refresh = useRefresh();
  const redirectTo = useRedirect();
  const [update, { isPending }] = useUpdate();
  const discardDraft = useDiscardDraft();
  if (!conflict || !resource || !record) return null;
  const rows = differences(conflict);

  const reload = () => {
    discardDraft();
    onResolved(null);
    refresh();
    notify('Loaded the current version. Your edits were discarded.', { type: 'info' });
  };
  const overwrite = () =>
    update(
      resource,
      { id: record.id, data: conflict.mine, previousData: conflict.current },
      {
        mutationMode: 'pessimistic',
        onSuccess: (saved) => {
          discardDraft();
          onResolved(null);
          notify('Saved your version over theirs.', { type: 'success' });
          if (redirect) redirectTo(redirect, resource, saved.id, saved);
          else refresh();
        },
        onError: (error) => {
          const current = conflictOf(error);
          if (current) onResolved({ mine: conflict.mine, current });
          else {
            onResolved(null);
            notify((error as Error).message, { type: 'error' });
          }
        },
      },
    );

  return (
    <Dialog open onClose={() => onResolved(null)} aria-labelledby="conflict-title" fullWidth maxWidth="md">
      <DialogTitle id="conflict-title">Someone else changed this record</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          It was saved by someone else after you opened it (it is now at version {String(conflict.current.version)}). Compare, then keep theirs or
          save yours over it.
        </DialogContentText>
        {rows.length === 0 ? (
          <Alert severity="info">Their version already holds the same values as yours.</Alert>
        ) : (
          <Table size="small" aria-label="Changed fields" sx={{ tableLayout: 'fixed', wordBreak: 'break-word' }}>
            <TableHead>
              <TableRow>
                <TableCell>Field</TableCell>
                <TableCell>Your value</TableCell>
                <TableCell>Their current value</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((row) => (
                <TableRow key={row.field} data-field={row.field}>
                  <TableCell component="th" scope="row">
                    {label(row.field)}
                  </TableCell>
                  <TableCell>{show(row.mine)}</TableCell>
                  <TableCell>{show(row.theirs)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
        <Button onClick={() => onResolved(null)}>Keep editing</Button>
        <Button onClick={reload} disabled={isPending}>
          Reload theirs
        </Button>
        <Button variant="contained" color="warning" onClick={overwrite} disabled={isPending}>
          Overwrite with mine
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/**
 * Every edit form of a versioned record: react-admin's Edit, saved pessimistically (the API's answer
 * decides), with the conflict dialog on a 412. Use it for every record that has a `version`.
 */
export function VersionedEdit({
  children,
  title,
  redirect = 'list',
  toolbar,
  actions,
  resource,
  id,
  aside,
  transform,
  describeError = (error) => (error as Error).message,
}: {
  children: ReactNode;
  title?: string | ReactElement;
  redirect?: RedirectionSideEffect;
  toolbar?: ReactElement | false;
  actions?: ReactElement | false;
  resource?: string;
  id?: string;
  aside?: ReactElement;
  transform?: (data: Record<string, unknown>) => Record<string, unknown>;
  /** A refused save in words (the API's message unless told otherwise). */
  describeError?: (error: unknown) => string;
}) {
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const notify = useNotify();
  return (
    <Edit
      title={title}
      resource={resource}
      id={id}
      actions={actions}
      aside={aside}
      redirect={redirect}
      transform={transform}
      mutationMode="pessimistic"
      mutationOptions={{
        onError: (error: unknown, variables: { data?: Partial<RaRecord> } | undefined) => {
          const current = conflictOf(error);
          if (current && variables?.data) setConflict({ mine: variables.data as RaRecord, current });
          else notify(describeError(error), { type: 'error' });
        },
      }}
      sx={{ maxWidth: '100%' }}
    >
      <SimpleForm toolbar={toolbar} warnWhenUnsavedChanges={false}>
        <PresenceMark />
        <DraftKeeper />
        {children}
        <ConflictDialog conflict={conflict} onResolved={setConflict} redirect={redirect} />
      </SimpleForm>
    </Edit>
  );
}
