import { TemplateFail, type Ctx } from '../ctx.ts';
import { isMap, truthy } from '../values.ts';

const BREAKING_TITLE =
  '\n' +
  '\n#################################################################################' +
  '\n######   BREAKING: The config values passed contained no longer accepted    #####' +
  '\n######             options. See the messages below for more details.        #####' +
  '\n######                                                                      #####' +
  '\n######             To verify your updated config is accepted, you can use   #####' +
  '\n######             the `helm template` command.                             #####' +
  '\n#################################################################################';

/** The `fail` at the end of templates/NOTES.txt (rendered, though not printed, by helm template). */
export function notesChecks(ctx: Ctx): void {
  const v = ctx.v;
  let breaking = '';
  if (isMap(v.rbac) && Object.hasOwn(v.rbac, 'enabled')) {
    breaking +=
      '\n\nCHANGED: rbac.enabled must as of version 2.0.0 be configured via rbac.create and <hub|proxy.traefik|scheduling.userScheduler|prePuller.hook>.serviceAccount.create.';
  }
  if (isMap(v.hub) && Object.hasOwn(v.hub, 'fsGid')) {
    breaking += '\n\nCHANGED: hub.fsGid must as of version 2.0.0 be configured via hub.podSecurityContext.fsGroup.';
  }
  const su = v.singleuser ?? {};
  if (
    truthy(su.cloudMetadata?.blockWithIptables) &&
    truthy(su.networkPolicy?.enabled) &&
    truthy(su.networkPolicy?.egressAllowRules?.cloudMetadataServer)
  ) {
    breaking +=
      '\n\nCHANGED: singleuser.cloudMetadata.blockWithIptables must as of version 3.0.0 not be configured together with singleuser.networkPolicy.egressAllowRules.cloudMetadataServer as it leads to an ambiguous configuration.';
  }
  if (breaking) throw new TemplateFail('NOTES.txt', '162:4', BREAKING_TITLE + breaking + '\n\n');
}
