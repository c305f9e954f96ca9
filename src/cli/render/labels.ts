// Until classify-text.ts imports './shared/labels' itself; then this file goes.
export { targetPhrase } from './shared/labels';
