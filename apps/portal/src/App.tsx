import { Admin, CustomRoutes } from 'react-admin';
import { Layout } from './layout/Layout';
import { Dashboard } from './pages/Dashboard';
import { LoginPage } from './pages/LoginPage';
import { authProvider } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';
import { queryClient } from './providers/queryClient';

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
      requireAuth
      disableTelemetry
    >
      {/* Resources (clients, users, invitations) come here. Until the first one, this empty
          CustomRoutes keeps react-admin from showing its "Ready" screen instead of the dashboard. */}
      <CustomRoutes>{[]}</CustomRoutes>
    </Admin>
  );
}
