import { useDataProvider } from 'react-admin';
import type { PortalDataProvider } from '../providers/dataProvider';

/** The data provider with the portal's custom calls (state changes, uploads, CSV, blobs). */
export function usePortalData(): PortalDataProvider {
  return useDataProvider<PortalDataProvider>();
}
