import { runGroup } from '../run-group';

runGroup('foreign-zone', 'core');
