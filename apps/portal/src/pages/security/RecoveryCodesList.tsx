import { Alert, Box, Button, Typography } from '@mui/material';
import { useNotify } from 'react-admin';

const FILE_NAME = 'partner-portal-recovery-codes.txt';

/**
 * Ten fresh recovery codes, shown this once: each signs in once in place of a code from the app.
 * The person copies them or downloads them as a text file, then says they are kept.
 */
export function RecoveryCodesList({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const notify = useNotify();
  const text = `Partner Portal recovery codes. Each one signs you in once if you lose your authenticator app.\n\n${codes.join('\n')}\n`;
  const copy = () =>
    navigator.clipboard.writeText(codes.join('\n')).then(
      () => notify('Recovery codes copied.', { type: 'info' }),
      () => notify('The codes could not be copied: select them, or download them.', { type: 'warning' }),
    );
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Alert severity="warning">Keep these recovery codes somewhere safe. They are shown only now: each one signs you in once if you lose your authenticator app.</Alert>
      <Box component="ol" aria-label="Recovery codes" sx={{ columns: 2, fontFamily: 'monospace', fontSize: '1.1rem', m: 0, pl: 4 }}>
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </Box>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
        <Button variant="outlined" onClick={copy}>
          Copy
        </Button>
        <Button variant="outlined" href={`data:text/plain;charset=utf-8,${encodeURIComponent(text)}`} download={FILE_NAME}>
          Download as .txt
        </Button>
        <Button variant="contained" onClick={onDone}>
          I have saved them
        </Button>
      </Box>
      <Typography variant="body2" color="text.secondary">
        New recovery codes replace these ones.
      </Typography>
    </Box>
  );
}
