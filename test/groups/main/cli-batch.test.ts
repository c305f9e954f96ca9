import { runGroup } from '../run-group';

runGroup('main', 'cli-batch');
