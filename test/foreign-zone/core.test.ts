import { runGroup } from './run-group';

runGroup('core');
