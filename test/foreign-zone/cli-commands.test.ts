import { runGroup } from './run-group';

runGroup('cli-commands');
