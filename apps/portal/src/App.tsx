import { Suspense, useSyncExternalStore } from 'react';
import { subscribeSwitches, switchCount } from './accounts/currentAccount';
import { Admin, CustomRoutes, reactRouterProvider, Resource } from 'react-admin';
import { Layout } from './layout/Layout';
import { AccessDenied } from './pages/AccessDenied';
import { Dashboard } from './pages/Dashboard';
import { authProvider } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';
import { queryClient } from './providers/queryClient';
import clients from './resources/clients';
import resources from './resources/resources';
import roles from './resources/roles';
import users, { ListAccessPage } from './resources/users';
import { archive } from './resources/archive';
import { audit, billing, businessProfile, purchases, settings, trials } from './resources/account';
import { library, logos } from './resources/assets';
import automations from './resources/automations';
import campaigns from './resources/campaigns';
import { adsGoogle, adsLead, adsMeta, lookalikes, socialPosts, stores } from './resources/channels';
import contacts from './resources/contacts';
import landingPages from './resources/landing-pages';
import lists from './resources/lists';
import segments from './resources/segments';

import { lazyPage } from './common/lazyPage';

const { Route } = reactRouterProvider;

// The sign-in form and the invitation page load on first use, like every resource page: the initial
// bundle is the shell only (DESIGN: at most 300 kB of gzip JavaScript at start).
const LazyLogin = lazyPage(() => import('./pages/LoginPage'), 'LoginPage');
const LazyAccept = lazyPage(() => import('./pages/AcceptInvitationPage'), 'AcceptInvitationPage');
const SessionsPage = lazyPage(() => import('./pages/SessionsPage'), 'SessionsPage');
const LoginPage = () => (
  <Suspense fallback={null}>
    <LazyLogin />
  </Suspense>
);
const LazyVerifyEmail = lazyPage(() => import('./pages/VerifyEmailPage'), 'VerifyEmailPage');
const VerifyEmailPage = () => (
  <Suspense fallback={null}>
    <LazyVerifyEmail />
  </Suspense>
);
const MyAccountPage = lazyPage(() => import('./pages/MyAccountPage'), 'MyAccountPage');
const SecurityPage = lazyPage(() => import('./pages/security/SecurityPage'), 'SecurityPage');
const SecurityLogPage = lazyPage(() => import('./pages/security/SecurityLogPage'), 'SecurityLogPage');
const LazyConfirmEmailChange = lazyPage(() => import('./pages/ConfirmEmailChangePage'), 'ConfirmEmailChangePage');
const ConfirmEmailChangePage = () => (
  <Suspense fallback={null}>
    <LazyConfirmEmailChange />
  </Suspense>
);
const LazyForgotPassword = lazyPage(() => import('./pages/ForgotPasswordPage'), 'ForgotPasswordPage');
const ForgotPasswordPage = () => (
  <Suspense fallback={null}>
    <LazyForgotPassword />
  </Suspense>
);
const LazyResetPassword = lazyPage(() => import('./pages/ResetPasswordPage'), 'ResetPasswordPage');
const ResetPasswordPage = () => (
  <Suspense fallback={null}>
    <LazyResetPassword />
  </Suspense>
);
const AcceptInvitationPage = () => (
  <Suspense fallback={null}>
    <LazyAccept />
  </Suspense>
);

export function App() {
  // Each account switch mounts the admin afresh: nothing of the previous account's pages survives it.
  const accountSwitches = useSyncExternalStore(subscribeSwitches, switchCount);
  return (
    <Admin
      key={accountSwitches}
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
      <Resource name="users" {...users}>
        <Route path=":userId/list-access" element={<ListAccessPage />} />
      </Resource>
      <Resource name="roles" {...roles} recordRepresentation="name" />
      <Resource name="contacts" {...contacts} />
      <Resource name="lists" {...lists} recordRepresentation="name" />
      <Resource name="list-members" />
      <Resource name="segments" {...segments} />
      <Resource name="campaigns" {...campaigns} />
      <Resource name="campaign-recipients" />
      <Resource name="automations" {...automations} />
      <Resource name="library" {...library} />
      <Resource name="logos" {...logos} />
      <Resource name="landing-pages" {...landingPages} />
      <Resource name="social-posts" {...socialPosts} />
      <Resource name="ads-google" {...adsGoogle} />
      <Resource name="ads-meta" {...adsMeta} />
      <Resource name="ads-lead" {...adsLead} />
      <Resource name="lookalikes" {...lookalikes} />
      <Resource name="stores" {...stores} />
      <Resource name="settings" {...settings} />
      <Resource name="archive" {...archive} />
      <Resource name="business-profile" {...businessProfile} />
      <Resource name="billing" {...billing} />
      <Resource name="single-bill" />
      <Resource name="purchases" {...purchases} />
      <Resource name="trials" {...trials} />
      <Resource name="audit" {...audit} />
      <CustomRoutes><Route path="/me/sessions" element={<SessionsPage />} /></CustomRoutes>
      <CustomRoutes><Route path="/me" element={<MyAccountPage />} /></CustomRoutes>
      <CustomRoutes>
        <Route path="/my-account/security" element={<SecurityPage />} />
        <Route path="/my-account/security-log" element={<SecurityLogPage />} />
      </CustomRoutes>
      {/* Opened from the emailed link, signed in or not. */}
      <CustomRoutes noLayout>
        <Route path="/invitations/accept" element={<AcceptInvitationPage />} />
        <Route path="/verify-email" element={<VerifyEmailPage />} />
        <Route path="/forgot-password" element={<ForgotPasswordPage />} />
        <Route path="/reset-password" element={<ResetPasswordPage />} />
        <Route path="/confirm-email-change" element={<ConfirmEmailChangePage />} />
      </CustomRoutes>
    </Admin>
  );
}
