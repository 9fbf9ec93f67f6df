import { useDataProvider } from 'react-admin';
import type { PortalDataProvider } from '../providers/dataProvider';

/** The data provider with the portal's state changes (`act`: publish, send, activate, ...). */
export function usePortalData(): PortalDataProvider {
  return useDataProvider<PortalDataProvider>();
}
