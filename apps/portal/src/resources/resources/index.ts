import { ResourceList } from './ResourceList';

export default { list: ResourceList, options: { label: 'Resources' } };
