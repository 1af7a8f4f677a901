// Worker-thread entry: the sources are TypeScript run through tsx, so the worker registers
// tsx itself (workers do not inherit the main thread's loader) and then loads the real worker.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
