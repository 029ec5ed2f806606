/**
 * The renderer's caches live in incremental/ (one module per kind of memory); this path stays for
 * the modules that imported the switch from here before (values.ts).
 */
export { cachesEnabled, withoutCaches } from './incremental/switch.ts';
