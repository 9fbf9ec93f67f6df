import { ListSubheader } from '@mui/material';
import { Fragment } from 'react';
import { Menu as RaMenu, useSidebarState } from 'react-admin';
import { useCurrentAccount } from '../accounts/currentAccount';
import { canAccess } from '../providers/canAccess';
import { currentAccountId, readMe, readOpenAccount } from '../providers/session';

/** The menu, grouped; a section shows only when the caller's role allows one of its pages. */
const SECTIONS: { title: string; resources: string[] }[] = [
  { title: 'Agency', resources: ['clients', 'resources'] },
  { title: 'Contacts', resources: ['contacts', 'lists', 'segments'] },
  { title: 'Campaigns', resources: ['campaigns', 'automations', 'archive'] },
  { title: 'Content', resources: ['library', 'logos', 'landing-pages'] },
  { title: 'Channels', resources: ['social-posts', 'ads-google', 'ads-meta', 'ads-lead', 'lookalikes', 'stores'] },
  { title: 'Account', resources: ['users', 'roles', 'settings', 'business-profile', 'billing', 'purchases', 'trials', 'audit'] },
];

export function Menu() {
  useCurrentAccount(); // re-render on an account switch
  const [open] = useSidebarState();
  const allowed = (resource: string) => canAccess(readMe(), readOpenAccount(), currentAccountId(), { resource, action: 'list' });
  return (
    <RaMenu>
      <RaMenu.DashboardItem />
      {SECTIONS.map((section) => {
        const visible = section.resources.filter(allowed);
        if (visible.length === 0) return null;
        return (
          <Fragment key={section.title}>
            {open && (
              <ListSubheader component="div" disableSticky sx={{ lineHeight: '32px', mt: 1, bgcolor: 'transparent' }}>
                {section.title}
              </ListSubheader>
            )}
            {visible.map((resource) => (
              <RaMenu.ResourceItem key={resource} name={resource} />
            ))}
          </Fragment>
        );
      })}
    </RaMenu>
  );
}
