import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

// The invitation email links to `<PORTAL_URL>/invitations/accept?token=...` (apps/worker's
// invitationLink); the portal routes by hash, so that path becomes `#/invitations/accept?token=...`.
if (window.location.pathname.replace(/\/+$/, '') === '/invitations/accept') {
  window.history.replaceState(null, '', `/#/invitations/accept${window.location.search}`);
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
