import { AccountSettingsModule } from './account-settings/account-settings.module.js';
import { CampaignsModule } from './campaigns/campaigns.module.js';
import { ChannelsModule } from './channels/channels.module.js';
import { ContactsModule } from './contacts/contacts.module.js';
import { ArchiveModule } from './archive/archive.module.js';
import { ContentModule } from './content/content.module.js';

/** The product areas of DESIGN.md §3, each a module of its own under /api/accounts/:accountId/... */
export const PRODUCT_AREA_MODULES = [ContactsModule, CampaignsModule, ContentModule, ArchiveModule, ChannelsModule, AccountSettingsModule];
