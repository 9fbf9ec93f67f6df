import { Alert, Button } from '@mui/material';
import { useCallback, useEffect, useRef, useState } from 'react';
import { type RaRecord, type UpdateParams, type UpdateResult, useRecordContext, useRegisterMutationMiddleware, useResourceContext } from 'react-admin';
import { useFormContext } from 'react-hook-form';
import { changedFields } from '../providers/dataProvider';
import { type Draft, draftKey, onDraftRemoved, readDraft, removeDraft, removeExpiredDrafts, writeDraft } from './drafts';

const WRITE_DELAY_MS = 500;

type Update = (resource: string, params: UpdateParams) => Promise<UpdateResult>;

const normal = (value: unknown) => (value === '' || value === undefined ? null : value);
const same = (a: unknown, b: unknown) => JSON.stringify(normal(a)) === JSON.stringify(normal(b));

/** The fields a person changed that differ from the record, as a save would send them (no field the API computes). */
function editsOf(values: Record<string, unknown>, dirtyFields: object, record: RaRecord): Record<string, unknown> {
  return Object.fromEntries(Object.entries(changedFields(values, record)).filter(([field, value]) => field in dirtyFields && !same(value, record[field])));
}

function when(savedAt: number): string {
  const date = new Date(savedAt);
  return date.toDateString() === new Date().toDateString()
    ? date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })
    : date.toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });
}

function useDraftKey(): string | null {
  const resource = useResourceContext();
  const record = useRecordContext();
  return resource && record ? draftKey(resource, record.id) : null;
}

/** Drops the draft of the form's record and puts the record's values back into the form. */
export function useDiscardDraft(): () => void {
  const key = useDraftKey();
  const { reset } = useFormContext();
  return useCallback(() => {
    if (key) removeDraft(key);
    reset();
  }, [key, reset]);
}

/**
 * Keeps the unsaved edits of the form it sits in (inside VersionedEdit's SimpleForm) in the browser,
 * per person, account and record, and brings them back when the form opens again, with a notice
 * above it. A successful save or a discard forgets them.
 */
export function DraftKeeper() {
  const key = useDraftKey();
  const record = useRecordContext();
  return key && record ? <Keeper key={key} storageKey={key} record={record} /> : null;
}

function Keeper({ storageKey, record }: { storageKey: string; record: RaRecord }) {
  const { getValues, setValue, subscribe } = useFormContext();
  const discard = useDiscardDraft();
  const [restored, setRestored] = useState<{ savedAt: number; stale: boolean } | null>(null);
  const recordRef = useRef(record);
  // The version an older draft was made on: saving sends it as If-Match, so the API answers with the
  // conflict dialog instead of overwriting the changes made since.
  const staleVersion = useRef<unknown>(undefined);
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; draft: Draft } | null>(null);

  useEffect(() => {
    recordRef.current = record;
  }, [record]);

  useEffect(() => {
    removeExpiredDrafts();
    const flush = () => {
      if (!pending.current) return;
      clearTimeout(pending.current.timer);
      const { draft } = pending.current;
      pending.current = null;
      if (Object.keys(draft.values).length > 0) writeDraft(storageKey, draft);
      else removeDraft(storageKey);
    };
    const stopListening = onDraftRemoved((removed) => {
      if (removed !== storageKey) return;
      if (pending.current) clearTimeout(pending.current.timer);
      pending.current = null;
      staleVersion.current = undefined;
      setRestored(null);
    });

    // Deferred so that react-admin has filled the form with the record first (its effect runs after ours).
    let unsubscribe = () => {};
    const start = setTimeout(() => {
      const record = recordRef.current;
      const draft = readDraft(storageKey);
      const fields = getValues();
      const values = Object.entries(draft?.values ?? {}).filter(([field, value]) => field in fields && !same(value, record[field]));
      if (draft && values.length > 0) {
        for (const [field, value] of values) setValue(field, value, { shouldDirty: true });
        const stale = draft.version !== record.version;
        staleVersion.current = stale ? draft.version : undefined;
        setRestored({ savedAt: draft.savedAt, stale });
      } else if (draft) removeDraft(storageKey);

      unsubscribe = subscribe({
        formState: { values: true, dirtyFields: true },
        callback: ({ name, values, dirtyFields }) => {
          if (!name) return; // a reset (the record loaded again), not an edit
          if (pending.current) clearTimeout(pending.current.timer);
          const record = recordRef.current;
          const draft = { savedAt: Date.now(), version: staleVersion.current ?? record.version, values: editsOf(values, dirtyFields ?? {}, record) };
          pending.current = { draft, timer: setTimeout(flush, WRITE_DELAY_MS) };
        },
      });
    }, 0);

    const flushWhenHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', flushWhenHidden);
    return () => {
      clearTimeout(start);
      unsubscribe();
      flush();
      stopListening();
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', flushWhenHidden);
    };
  }, [storageKey, getValues, setValue, subscribe]);

  const save = useCallback<(resource: string, params: UpdateParams, next: Update) => Promise<UpdateResult>>(
    async (resource, params, next) => {
      const previousData = staleVersion.current === undefined ? params.previousData : { ...params.previousData, version: staleVersion.current };
      const saved = await next(resource, { ...params, previousData });
      removeDraft(storageKey);
      return saved;
    },
    [storageKey],
  );
  useRegisterMutationMiddleware<Update>(save);

  if (!restored) return null;
  return (
    <Alert
      severity={restored.stale ? 'warning' : 'info'}
      sx={{ mb: 2, width: '100%' }}
      action={
        <Button color="inherit" size="small" onClick={discard}>
          Discard
        </Button>
      }
    >
      Restored your unsaved changes from {when(restored.savedAt)}.{restored.stale && ' It has been changed since; saving will show what differs.'}
    </Alert>
  );
}
