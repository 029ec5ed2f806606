import { encodeHubSecrets } from '../components/hub/hub-secrets.ts';
import { perObject } from './per-object.ts';

/**
 * Secret hub's data entries of the generated secrets, remembered per HubSecrets object
 * (render-chart hands out the same one while the secrets do not change).
 */
export const encodedHubSecrets = perObject(encodeHubSecrets);
