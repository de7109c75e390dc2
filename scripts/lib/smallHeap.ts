/**
 * Keeps a long-running stream (explain --stdin over gigabytes of log lines) small: V8 would
 * otherwise grow its young generation to tens of megabytes and let promoted garbage pile up
 * in old space, because the CLI allocates a little for every line it explains. These flags
 * only tune garbage-collection sizing; they are set at run time (imported first by
 * scripts/explain.ts) so that every way of starting the CLI gets them. With them, a 1 GB
 * stream peaked at 137 MB resident; without them, at 252 MB (see the README).
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--semi-space-growth-factor=1');
setFlagsFromString('--scavenger-max-new-space-capacity-mb=2');
setFlagsFromString('--optimize-for-size');
