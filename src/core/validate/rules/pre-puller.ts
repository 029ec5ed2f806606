import { isObject } from '../../model/json.ts';
import type { Problem } from '../problem.ts';
import { asList, asMap, error, truthy, warning, type FieldRule } from './context.ts';
import { dns1123LabelProblem } from './dns.ts';
import { checkImageSetting, imageReferenceProblem } from './images.ts';

/**
 * prePuller.extraImages: each key becomes the init container `image-pull-<key>` of the puller
 * DaemonSets, so `image-pull-<key>` must be a DNS-1123 label (the schema does not check this).
 */
export const prePullerRules: FieldRule = (ctx) => {
  const out: Problem[] = [];
  const extra = ctx.get(['prePuller', 'extraImages']);
  for (const [key, image] of Object.entries(asMap(extra))) {
    const at = ['prePuller', 'extraImages', key];
    const container = `image-pull-${key}`;
    const problem = key === '' ? 'is empty' : dns1123LabelProblem(container);
    if (problem) {
      out.push(
        error(
          'prepuller-image-key',
          at,
          `the key \`${key}\` becomes the container name \`${container}\`, which ${problem}; use lowercase letters, digits and \`-\`` +
            ` (at most ${63 - 'image-pull-'.length} characters)`,
        ),
      );
    }
    out.push(...checkImageSetting(at, image));
  }
  return out;
};

/**
 * singleuser.profileList: images of profiles (and of profile option choices) are pulled ahead only
 * while prePuller.pullProfileListImages is on; their choice names end up in container names.
 */
export const profileImageRules: FieldRule = (ctx) => {
  const out: Problem[] = [];
  const pullProfiles = truthy(ctx.get(['prePuller', 'pullProfileListImages']));
  const pullers = truthy(ctx.get(['prePuller', 'hook', 'enabled'])) || truthy(ctx.get(['prePuller', 'continuous', 'enabled']));
  asList(ctx.get(['singleuser', 'profileList'])).forEach((profile, i) => {
    if (!isObject(profile)) return;
    const images: { path: (string | number)[]; container?: string }[] = [];
    if (isObject(profile.kubespawner_override) && typeof profile.kubespawner_override.image === 'string') {
      images.push({ path: ['singleuser', 'profileList', i, 'kubespawner_override', 'image'] });
    }
    for (const [option, spec] of Object.entries(asMap(profile.profile_options))) {
      if (!isObject(spec)) continue;
      for (const [choice, choiceSpec] of Object.entries(asMap(spec.choices))) {
        if (isObject(choiceSpec) && isObject(choiceSpec.kubespawner_override) && truthy(choiceSpec.kubespawner_override.image)) {
          images.push({
            path: ['singleuser', 'profileList', i, 'profile_options', option, 'choices', choice, 'kubespawner_override', 'image'],
            container: `image-pull-profile-${i}-option-${option}-${choice}`,
          });
        }
      }
    }
    for (const image of images) {
      const reference = ctx.get(image.path);
      const problem = typeof reference === 'string' ? imageReferenceProblem(reference) : undefined;
      if (problem) out.push(error('image-reference', image.path, `the image \`${String(reference)}\` ${problem}`));
      if (!pullProfiles && pullers) {
        out.push(
          warning(
            'profile-image-not-prepulled',
            image.path,
            `this profile image is not pulled ahead of time because prePuller.pullProfileListImages is off, so users who pick it wait for the download when their server starts`,
          ),
        );
      }
      if (pullProfiles && pullers && image.container) {
        const problem = dns1123LabelProblem(image.container);
        if (problem) {
          out.push(
            error(
              'profile-option-container-name',
              image.path.slice(0, -2),
              `the pre-puller names a container \`${image.container}\` after this option and choice, and that name ${problem}; use short lowercase option and choice names (letters, digits, \`-\`)`,
            ),
          );
        }
      }
    }
  });
  return out;
};
