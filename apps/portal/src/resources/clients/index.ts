import { ClientCreate } from './ClientCreate';
import { ClientList } from './ClientList';

export default { list: ClientList, create: ClientCreate, options: { label: 'Accounts' } };
