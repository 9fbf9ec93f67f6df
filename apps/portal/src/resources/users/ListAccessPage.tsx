import type { Schemas } from '@partner-portal/api-client';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  FormControlLabel,
  MenuItem,
  Select,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Loading, Title, useDataProvider, useGetList, useNavigate, useNotify, useParams, useRequireAccess } from 'react-admin';
import { currentAccountId } from '../../providers/session';
import { type ListAccessLevel, type MemberListAccess, type PersonRow, personRoleLabel, teamApi } from './api';

type Level = ListAccessLevel | 'NONE';

const LEVELS: { value: Level; label: string; meaning: string }[] = [
  { value: 'NONE', label: 'No access', meaning: 'the list and its contacts do not exist for them' },
  { value: 'VIEW', label: 'View', meaning: 'see the list and its contacts' },
  { value: 'SEND', label: 'Send only', meaning: 'target the list in a campaign and see its name and size, never its contacts' },
  { value: 'MANAGE', label: 'Manage', meaning: 'change its contacts, rename it, delete it' },
];

type AccountList = Schemas['ContactListDto'];

/** The API answers at most 100 lists a page, and a member's set holds at most 1,000 lists. */
const PAGE = 100;
const MAX_LISTS = 1_000;

/** Every list of the account, page by page, for choosing a level for each. */
function useAllLists() {
  const dataProvider = useDataProvider();
  return useQuery({
    queryKey: ['lists', 'every', currentAccountId()],
    queryFn: async ({ signal }) => {
      const lists: AccountList[] = [];
      for (let page = 1; lists.length < MAX_LISTS; page += 1) {
        const { data, total } = await dataProvider.getList<AccountList>('lists', {
          pagination: { page, perPage: PAGE },
          sort: { field: 'name', order: 'ASC' },
          filter: {},
          signal,
        });
        lists.push(...data);
        if (data.length < PAGE || lists.length >= (total ?? 0)) break;
      }
      return lists;
    },
  });
}

/**
 * A member's list access (users/:userId/list-access): unrestricted, the role alone decides; restricted,
 * the member reaches only the lists given a level here. Saved with one PUT that replaces the whole set.
 */
export function ListAccessPage() {
  const { isPending } = useRequireAccess({ resource: 'users', action: 'list-access' });
  if (isPending) return <Loading />;
  return <ListAccessLoader />;
}

function ListAccessLoader() {
  const { userId = '' } = useParams<{ userId: string }>();
  const access = useQuery({ queryKey: ['list-access', currentAccountId(), userId], queryFn: ({ signal }) => teamApi.listAccess(userId, signal), gcTime: 0 });
  const lists = useAllLists();
  const { data: people = [] } = useGetList<PersonRow>('users', { pagination: { page: 1, perPage: 100 }, sort: { field: 'email', order: 'ASC' } });
  const person = people.find((candidate) => candidate.kind === 'MEMBER' && candidate.id === userId) ?? null;

  const failure = access.error ?? lists.error;
  return (
    <Card sx={{ mt: 2, maxWidth: 900 }}>
      <Title title="List access" />
      <CardContent>
        <Typography variant="h6" component="h1">
          List access of {person ? person.name || person.email : 'this member'}
        </Typography>
        {person && (
          <Typography variant="body2" color="text.secondary">
            {person.email} · {personRoleLabel(person)}
          </Typography>
        )}
        {failure ? (
          <Alert severity="error" sx={{ mt: 2 }}>
            {(failure as Error).message}
          </Alert>
        ) : access.data && lists.data ? (
          <ListAccessForm key={userId} userId={userId} who={person ? person.name || person.email : 'This member'} initial={access.data} lists={lists.data} />
        ) : (
          <Loading />
        )}
      </CardContent>
    </Card>
  );
}

function ListAccessForm({ userId, who, initial, lists }: { userId: string; who: string; initial: MemberListAccess; lists: AccountList[] }) {
  const notify = useNotify();
  const navigate = useNavigate();
  const [restricted, setRestricted] = useState(initial.restricted);
  const [levels, setLevels] = useState<Record<string, Level>>(() => Object.fromEntries(initial.lists.map((entry) => [entry.listId, entry.level])));
  const [search, setSearch] = useState('');
  const [busy, setBusy] = useState(false);
  const levelOf = (listId: string): Level => levels[listId] ?? 'NONE';
  const chosen = lists.filter((list) => levelOf(list.id) !== 'NONE');
  const shown = search.trim() ? lists.filter((list) => list.name.toLowerCase().includes(search.trim().toLowerCase())) : lists;

  const save = async () => {
    setBusy(true);
    try {
      // Unrestricted, the role alone decides: no set is kept for later.
      const entries = restricted ? chosen.map((list) => ({ listId: list.id, level: levelOf(list.id) as ListAccessLevel })) : [];
      await teamApi.setListAccess(userId, { restricted, lists: entries });
      notify(restricted ? `${who} now reaches ${entries.length === 1 ? 'one chosen list' : `${entries.length} chosen lists`} only.` : `${who} reaches every list their role allows.`, {
        type: 'success',
      });
      navigate('/users');
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box sx={{ display: 'grid', gap: 2, mt: 2 }}>
      <Box>
        <FormControlLabel control={<Switch checked={restricted} onChange={(event) => setRestricted(event.target.checked)} />} label="Restrict to chosen lists" />
        <Typography variant="body2" color="text.secondary">
          {restricted
            ? `${who} reaches only the lists given a level below, and sees a contact only through a list at View or Manage.`
            : `${who} reaches every list and contact their role allows.`}
        </Typography>
      </Box>
      <Alert severity="info">
        A level never grants more than the role: a Campaign Creator given View still cannot see contacts, because the role cannot.
        <Box component="ul" sx={{ m: 0, pl: 2 }}>
          {LEVELS.filter((level) => level.value !== 'NONE').map((level) => (
            <li key={level.value}>
              <strong>{level.label}</strong>: {level.meaning}.
            </li>
          ))}
        </Box>
      </Alert>
      {lists.length === 0 ? (
        <Typography color="text.secondary">This account has no lists yet.</Typography>
      ) : (
        <Box sx={{ opacity: restricted ? 1 : 0.6 }}>
          <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
            <Typography variant="subtitle1" component="h2">
              Lists ({restricted ? `${chosen.length} of ${lists.length} chosen` : 'not restricted'})
            </Typography>
            {lists.length > 10 && <TextField size="small" label="Find a list" value={search} onChange={(event) => setSearch(event.target.value)} />}
          </Box>
          <Box sx={{ overflowX: 'auto' }}>
            <Table size="small" aria-label="Access per list">
              <TableHead>
                <TableRow>
                  <TableCell>List</TableCell>
                  <TableCell align="right">Contacts</TableCell>
                  <TableCell>Access</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {shown.map((list) => (
                  <TableRow key={list.id} data-list={list.name}>
                    <TableCell>{list.name}</TableCell>
                    <TableCell align="right">{list.memberCount ?? '—'}</TableCell>
                    <TableCell>
                      <Select
                        size="small"
                        value={levelOf(list.id)}
                        disabled={!restricted}
                        onChange={(event) => setLevels((current) => ({ ...current, [list.id]: event.target.value as Level }))}
                        inputProps={{ 'aria-label': `Access to ${list.name}` }}
                        sx={{ minWidth: 150 }}
                      >
                        {LEVELS.map((level) => (
                          <MenuItem key={level.value} value={level.value}>
                            {level.label}
                          </MenuItem>
                        ))}
                      </Select>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        </Box>
      )}
      {restricted && chosen.length === 0 && <Alert severity="warning">With no list chosen, {who} reaches no list and no contact at all.</Alert>}
      <Box sx={{ display: 'flex', gap: 1 }}>
        <Button variant="contained" onClick={save} disabled={busy}>
          Save list access
        </Button>
        <Button onClick={() => navigate('/users')} disabled={busy}>
          Cancel
        </Button>
      </Box>
    </Box>
  );
}
