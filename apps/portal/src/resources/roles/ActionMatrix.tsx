import type { Schemas } from '@partner-portal/api-client';
import { Alert, Box, Button, Checkbox, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { type Action, allowedActions, type BuiltInRole, NEVER_IN_CUSTOM_ROLES } from '@partner-portal/permissions';
import { useQuery } from '@tanstack/react-query';
import { Fragment } from 'react';
import { useInput, useRecordContext } from 'react-admin';
import { useCurrentAccount } from '../../accounts/currentAccount';
import { ROLE_LABELS } from '../../accounts/labels';
import { accountId, answer, api } from '../../providers/api';
import { targetOf } from '../../providers/canAccess';
import { currentAccountId } from '../../providers/session';
import { assignableRoles } from '../users/api';
import { ACTION_AREAS, ACTION_LABELS, inMatrixOrder } from './actionLabels';

const NEVER: ReadonlySet<string> = new Set(NEVER_IN_CUSTOM_ROLES);

/** `GET grantable-actions`: what the caller may put into a role in the current account. */
function useGrantableActions(enabled: boolean) {
  return useQuery({
    queryKey: ['grantable-actions', currentAccountId()],
    queryFn: async ({ signal }) => {
      const { actions } = await answer(api.GET('/api/accounts/{accountId}/grantable-actions', { params: { path: { accountId: accountId() } }, signal }));
      return new Set<string>(actions);
    },
    enabled,
    staleTime: 30_000,
  });
}

/** What each built-in role a member may hold here allows, for comparison beside the role being composed. */
function useBuiltInColumns(): { role: BuiltInRole; actions: ReadonlySet<Action> }[] {
  const account = useCurrentAccount();
  if (!account) return [];
  const target = targetOf(account);
  return assignableRoles(account.kind).map((role) => ({ role, actions: new Set(allowedActions({ role, via: 'MEMBER' }, target)) }));
}

/** The form's `actions` as the matrix grid, editable where the editor holds the action here. */
export function ActionMatrixInput() {
  const { field, fieldState } = useInput<string[]>({
    source: 'actions',
    defaultValue: [],
    validate: (value: unknown) => (Array.isArray(value) && value.length > 0 ? undefined : 'Tick at least one action.'),
  });
  const grantable = useGrantableActions(true);
  return (
    <Box sx={{ width: '100%' }}>
      {grantable.isError && (
        <Alert severity="error" sx={{ mb: 1 }}>
          Could not load which actions you may grant: {(grantable.error as Error).message}
        </Alert>
      )}
      {fieldState.error && (
        <Alert severity="warning" sx={{ mb: 1 }}>
          {fieldState.error.message}
        </Alert>
      )}
      <ActionMatrix
        chosen={Array.isArray(field.value) ? field.value : []}
        onChange={(next) => field.onChange(inMatrixOrder(next))}
        grantable={grantable.data ?? null}
      />
    </Box>
  );
}

/** A stored role's actions as the matrix grid, read-only. */
export function ActionMatrixField() {
  const role = useRecordContext<Schemas['CustomRoleDto']>();
  return <ActionMatrix chosen={role?.actions ?? []} />;
}

/**
 * The permission matrix as a grid of checkboxes, one row per action grouped by area, beside what each
 * built-in role allows here. With `onChange`, actions outside `grantable` are disabled with the reason
 * beside them (one the role already has stays removable); without it, the grid is read-only.
 */
function ActionMatrix({ chosen: chosenList, onChange, grantable = null }: { chosen: readonly string[]; onChange?: (next: Iterable<string>) => void; grantable?: ReadonlySet<string> | null }) {
  const columns = useBuiltInColumns();
  const readOnly = !onChange;
  const chosen = new Set(chosenList);
  const holds = (action: Action) => grantable?.has(action) ?? false;
  const editable = (action: Action) => !readOnly && grantable !== null && (holds(action) || chosen.has(action));
  const toggle = (actions: Action[], on: boolean) => {
    const next = new Set(chosen);
    for (const action of actions) if (on) next.add(action);
    else next.delete(action);
    onChange?.(next);
  };

  return (
    <Box sx={{ width: '100%' }} data-testid="action-matrix">
      <Typography variant="subtitle1" component="h2">
        Actions ({chosen.size} chosen)
      </Typography>
      {!readOnly && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          A custom role can hold only actions you hold in this account yourself; managing users is never part of one.
        </Typography>
      )}
      {!readOnly && grantable !== null && columns.length > 0 && (
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center', mb: 1 }}>
          <Typography variant="body2">Start from:</Typography>
          {columns.map(({ role, actions }) => (
            <Button key={role} size="small" variant="outlined" onClick={() => onChange([...actions].filter(holds))}>
              {ROLE_LABELS[role]}
            </Button>
          ))}
          <Button size="small" onClick={() => onChange([])}>
            Clear
          </Button>
        </Box>
      )}
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small" aria-label="Actions of this role">
          <TableHead>
            <TableRow>
              <TableCell padding="checkbox">This role</TableCell>
              <TableCell>Action</TableCell>
              {columns.map(({ role }) => (
                <TableCell key={role} align="center" sx={{ color: 'text.secondary' }}>
                  {ROLE_LABELS[role]}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {ACTION_AREAS.map(({ area, actions }) => {
              const open = actions.filter(editable);
              const allOpenTicked = open.length > 0 && open.every((action) => chosen.has(action));
              return (
                <Fragment key={area}>
                  <TableRow data-area={area} sx={{ bgcolor: 'action.hover' }}>
                    <TableCell padding="checkbox">
                      {!readOnly && (
                        <Checkbox
                          size="small"
                          disabled={open.length === 0}
                          checked={allOpenTicked}
                          indeterminate={!allOpenTicked && actions.some((action) => chosen.has(action))}
                          onChange={(event) => toggle(open, event.target.checked)}
                          slotProps={{ input: { 'aria-label': `Every action of ${area} you hold` } }}
                        />
                      )}
                    </TableCell>
                    <TableCell colSpan={1 + columns.length}>
                      <Typography variant="subtitle2" component="h3">
                        {area}
                      </Typography>
                    </TableCell>
                  </TableRow>
                  {actions.map((action) => {
                    const hint = readOnly || grantable === null || holds(action) ? null : NEVER.has(action) ? 'never part of a custom role' : "you don't hold this here";
                    return (
                      <TableRow key={action} data-action={action}>
                        <TableCell padding="checkbox">
                          <Checkbox
                            size="small"
                            checked={chosen.has(action)}
                            disabled={!editable(action)}
                            onChange={(event) => toggle([action], event.target.checked)}
                            slotProps={{ input: { 'aria-label': `${ACTION_LABELS[action]} (${action})` } }}
                          />
                        </TableCell>
                        <TableCell>
                          <Typography variant="body2" color={readOnly || editable(action) ? 'text.primary' : 'text.disabled'}>
                            {ACTION_LABELS[action]}
                          </Typography>
                          <Typography variant="caption" color="text.secondary" sx={{ fontFamily: 'monospace' }}>
                            {action}
                          </Typography>
                          {hint && (
                            <Typography variant="caption" color="text.secondary" sx={{ ml: 1, fontStyle: 'italic' }} data-testid="action-hint">
                              — {hint}
                            </Typography>
                          )}
                        </TableCell>
                        {columns.map(({ role, actions: allowed }) => (
                          <TableCell key={role} align="center" sx={{ color: 'text.secondary' }}>
                            {allowed.has(action) ? <span title={`${ROLE_LABELS[role]} has this`}>✓</span> : <span aria-hidden>—</span>}
                          </TableCell>
                        ))}
                      </TableRow>
                    );
                  })}
                </Fragment>
              );
            })}
          </TableBody>
        </Table>
      </Box>
    </Box>
  );
}
