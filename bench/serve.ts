export { serve } from '../tests/tools/serve.ts';
