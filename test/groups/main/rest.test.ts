import { runGroup } from '../run-group';

runGroup('main', 'rest');
