import { runGroup } from './run-group';

runGroup('data');
