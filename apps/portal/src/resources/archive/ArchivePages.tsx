import type { Schemas } from '@partner-portal/api-client';
import { Box, Button, Card, CardContent, CardHeader, FormControlLabel, Link, Switch, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { Confirm, RadioButtonGroupInput, regex, required, TextInput, useInput, useNotify, useRecordContext, useRefresh } from 'react-admin';
import { VersionedEdit } from '../../common/VersionedEdit';
import { accountId, answer, api } from '../../providers/api';

type Archive = Schemas['ArchiveDto'];
type Author = Schemas['ArchiveAuthorDto'];

const DEFAULT_CHOICES = [
  { id: true, name: 'List every sent campaign (except those sent to a list restricted to chosen members); hide one from its page' },
  { id: false, name: 'List none until someone shows it from its page' },
];

function CopyLink({ label, url }: { label: string; url: string }) {
  const notify = useNotify();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      notify(`${label} copied.`, { type: 'info' });
    } catch {
      notify('The browser did not let the link be copied; select it instead.', { type: 'warning' });
    }
  };
  return (
    <TableRow>
      <TableCell component="th" scope="row">
        {label}
      </TableCell>
      <TableCell sx={{ wordBreak: 'break-all' }}>
        <Link href={url} target="_blank" rel="noopener noreferrer">
          {url}
        </Link>
      </TableCell>
      <TableCell>
        <Button size="small" onClick={copy} aria-label={`Copy ${label.toLowerCase()}`}>
          Copy
        </Button>
      </TableCell>
    </TableRow>
  );
}

/** On or off. (react-admin's BooleanInput hands MUI 9's FormControlLabel a prop it no longer takes.) */
function PublishSwitch() {
  const { field } = useInput({ source: 'enabled' });
  return (
    <FormControlLabel
      control={<Switch name={field.name} checked={field.value === true} onChange={(event) => field.onChange(event.target.checked)} onBlur={field.onBlur} />}
      label="Publish the archive"
      sx={{ mb: 1 }}
    />
  );
}

/** The archive's public addresses, and each author's page. */
function PublicLinks() {
  const archive = useRecordContext<Archive>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [removing, setRemoving] = useState<Author | null>(null);
  if (!archive) return null;
  const removePage = async (author: Author) => {
    try {
      await answer(api.DELETE('/api/accounts/{accountId}/archive/authors/{userId}', { params: { path: { accountId: accountId(), userId: author.userId } } }));
      notify(`${author.name}'s page was removed; their campaigns stay on the archive's page.`, { type: 'success' });
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setRemoving(null);
    }
  };
  return (
    <Box sx={{ display: 'grid', gap: 2, width: '100%', mt: 2 }}>
      <Card variant="outlined">
        <CardHeader title="Public links" subheader={archive.enabled ? 'Anyone with these links can read the archive.' : 'The archive is off: these links answer "not found" until you turn it on and save.'} />
        <CardContent>
          <Table size="small" aria-label="Public links">
            <TableBody>
              <CopyLink label="Archive page" url={archive.url} />
              <CopyLink label="RSS feed" url={archive.feeds.rss} />
              <CopyLink label="Atom feed" url={archive.feeds.atom} />
            </TableBody>
          </Table>
        </CardContent>
      </Card>
      <Card variant="outlined">
        <CardHeader title="Authors" subheader="Everyone who sent a campaign of this account has a page of their own, kept after they leave." />
        <CardContent>
          {archive.authors.length === 0 ? (
            <Typography color="text.secondary">Nobody has sent a campaign yet.</Typography>
          ) : (
            <Table size="small" aria-label="Authors">
              <TableHead>
                <TableRow>
                  <TableCell>Author</TableCell>
                  <TableCell>Listed campaigns</TableCell>
                  <TableCell>Page</TableCell>
                  <TableCell />
                </TableRow>
              </TableHead>
              <TableBody>
                {archive.authors.map((author) => (
                  <TableRow key={author.userId}>
                    <TableCell>{author.name}</TableCell>
                    <TableCell>{author.listedCampaigns}</TableCell>
                    <TableCell sx={{ wordBreak: 'break-all' }}>
                      {author.url ? (
                        <Link href={author.url} target="_blank" rel="noopener noreferrer">
                          {author.url}
                        </Link>
                      ) : (
                        'Removed'
                      )}
                    </TableCell>
                    <TableCell>
                      {!author.pageRemoved && (
                        <Button size="small" color="error" onClick={() => setRemoving(author)}>
                          Remove page
                        </Button>
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </CardContent>
      </Card>
      <Confirm
        isOpen={removing !== null}
        title={`Remove ${removing?.name ?? ''}'s page?`}
        content="Their page and its feeds go; their campaigns stay on the archive's page."
        confirm="Remove page"
        onConfirm={() => removing && removePage(removing)}
        onClose={() => setRemoving(null)}
      />
    </Box>
  );
}

/** The newsletter archive's settings (account.settings.manage): on or off, its address, its default. */
export const ArchivePage = () => (
  <VersionedEdit resource="archive" id="archive" title="Newsletter archive" redirect={false} actions={false}>
    <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
      A public page of this account's sent newsletters, newest first and searchable, with a page and feeds per author.
    </Typography>
    <PublishSwitch />
    <TextInput
      source="slug"
      label="Address"
      validate={[required(), regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Lower-case letters, digits and single hyphens, such as green-acres')]}
      helperText="The last part of the archive's public address"
    />
    <RadioButtonGroupInput
      source="listByDefault"
      label="Which sent campaigns it lists"
      choices={DEFAULT_CHOICES}
      row={false}
      // The radio buttons hand back their value as text.
      parse={(value: unknown) => value === true || value === 'true'}
    />
    <PublicLinks />
  </VersionedEdit>
);
