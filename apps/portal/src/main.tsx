import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

// The invitation email links to `<PORTAL_URL>/invitations/accept?token=...` (apps/worker's
// invitationLink); the portal routes by hash, so that path becomes `#/invitations/accept?token=...`.
// The same for the other emailed links (apps/worker's person-message.ts): verification, sign-in, password reset.
const EMAILED_PATHS = new Set(['/invitations/accept', '/verify-email', '/login', '/forgot-password', '/reset-password', '/confirm-email-change']);
const emailedPath = window.location.pathname.replace(/\/+$/, '');
if (EMAILED_PATHS.has(emailedPath)) {
  window.history.replaceState(null, '', `/#${emailedPath}${window.location.search}`);
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
