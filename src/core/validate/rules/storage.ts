import type { Problem } from '../problem.ts';
import { error, type FieldRule } from './context.ts';

const PVC_NAME = ['singleuser', 'storage', 'static', 'pvcName'];

/**
 * Static storage mounts one existing PVC into every user's pod: without its name the chart renders
 * and the hub starts, and then every server fails to start (the pod asks for a claim with no name).
 */
export const storageRules: FieldRule = (ctx) => {
  const out: Problem[] = [];
  if (ctx.get(['singleuser', 'storage', 'type']) === 'static') {
    const pvc = ctx.get(PVC_NAME);
    if (typeof pvc !== 'string' || pvc.trim() === '') {
      out.push(error('storage-static-without-pvc', PVC_NAME, 'static storage needs the name of an existing PersistentVolumeClaim in `singleuser.storage.static.pvcName`: without it no user server can start'));
    }
  }
  return out;
};
