import { Alert, Box } from '@mui/material';
import { useRecordContext, useResourceContext } from 'react-admin';
import { type PresentEditor, usePresence } from './usePresence';

const TIME = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const DAY_AND_TIME = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** "10:42" today, "May 12, 2026, 10:42 AM" another day. */
function sinceText(since: string): string {
  const date = new Date(since);
  if (Number.isNaN(date.getTime())) return '';
  return date.toDateString() === new Date().toDateString() ? TIME.format(date) : DAY_AND_TIME.format(date);
}

/** "Erin Example is also editing, since 10:42": the name, else the email. */
export function presenceSentence(editor: PresentEditor): string {
  const since = sinceText(editor.since);
  return `${editor.name?.trim() || editor.email} is also editing${since ? `, since ${since}` : ''}`;
}

/**
 * At the top of an edit form: who else has this record open in an edit screen, as soon as the form
 * opens and within seconds of anyone coming or going. A polite live region, always in the page so that
 * screen readers announce what appears in it; empty (and takes no room) while nobody else is there.
 */
export function PresenceMark() {
  const resource = useResourceContext();
  const record = useRecordContext();
  const others = usePresence(resource, record?.id);
  return (
    <Box role="status" sx={{ width: '100%', mb: others.length > 0 ? 2 : 0 }}>
      {others.length > 0 && (
        <Alert severity="warning" role="none" data-testid="presence-mark">
          {others.map((editor) => (
            <Box key={editor.userId} component="span" sx={{ display: 'block' }}>
              {presenceSentence(editor)}
            </Box>
          ))}
          <Box component="span" sx={{ display: 'block', mt: 0.5, color: 'text.secondary' }}>
            If you both save, the second to save is shown what changed before anything is overwritten.
          </Box>
        </Alert>
      )}
    </Box>
  );
}
