import { Link, Typography } from '@mui/material';
import { Login, LoginForm, PasswordInput, required, TextInput } from 'react-admin';

/** react-admin's login page with the API's field names: `email`, not `username`; and "Forgot password?". */
export function LoginPage() {
  return (
    <Login>
      <Typography variant="h6" component="h1" align="center">
        Partner Portal
      </Typography>
      <LoginForm>
        <TextInput source="email" label="Email" type="email" autoComplete="email" autoFocus validate={required()} />
        <PasswordInput source="password" label="Password" autoComplete="current-password" validate={required()} />
      </LoginForm>
      <Typography align="center" sx={{ pb: 2 }}>
        <Link href="#/forgot-password">Forgot password?</Link>
      </Typography>
    </Login>
  );
}
