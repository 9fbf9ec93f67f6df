import { Admin, CustomRoutes, reactRouterProvider, Resource } from 'react-admin';
import { Layout } from './layout/Layout';
import { AcceptInvitationPage } from './pages/AcceptInvitationPage';
import { AccessDenied } from './pages/AccessDenied';
import { Dashboard } from './pages/Dashboard';
import { LoginPage } from './pages/LoginPage';
import { authProvider } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';
import { queryClient } from './providers/queryClient';
import clients from './resources/clients';
import resources from './resources/resources';
import users from './resources/users';

const { Route } = reactRouterProvider;

export function App() {
  return (
    <Admin
      title="Partner Portal"
      authProvider={authProvider}
      dataProvider={dataProvider}
      queryClient={queryClient}
      loginPage={LoginPage}
      dashboard={Dashboard}
      layout={Layout}
      accessDenied={AccessDenied}
      requireAuth
      disableTelemetry
    >
      <Resource name="clients" {...clients} />
      <Resource name="resources" {...resources} />
      <Resource name="users" {...users} />
      {/* Opened from the emailed link, signed in or not. */}
      <CustomRoutes noLayout>
        <Route path="/invitations/accept" element={<AcceptInvitationPage />} />
      </CustomRoutes>
    </Admin>
  );
}
