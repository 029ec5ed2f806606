/**
 * The preset deflate dictionary of permalink format v1, FROZEN: links made with it must open
 * forever, so never edit this file. A better dictionary means a new file (dictionary-v2.ts) and a
 * new format version. `dictionary.test.ts` pins its length and CRC-32.
 *
 * Deflate finds back-references into the dictionary, so a link pays a few bits instead of whole
 * strings for what most z2jh configs say: chart key names (first, as the least likely to be
 * reused), common extraConfig Python, then common values as compact JSON. The text nearest the end
 * is the cheapest to refer to, so the most common phrases come last.
 */
const parts: readonly string[] = [
  `"fullnameOverride":"nameOverride":"enabled":"custom":"imagePullSecret":"create":`,
  `"automaticReferenceInjection":"registry":"username":"password":"email":"imagePullSecrets":`,
  `"revisionHistoryLimit":"config":"JupyterHub":"admin_access":"authenticator_class":"service":`,
  `"type":"annotations":"ports":"nodePort":"appProtocol":"extraPorts":"loadBalancerIP":`,
  `"ipFamilyPolicy":"ipFamilies":"baseUrl":"cookieSecret":"initContainers":"nodeSelector":`,
  `"tolerations":"concurrentSpawnLimit":"consecutiveFailureLimit":"activeServerLimit":`,
  `"deploymentStrategy":"upgrade":"selector":"accessModes":"storage":"subPath":"storageClassName":`,
  `"labels":"command":"args":"extraConfig":"extraFiles":"extraEnv":"extraContainers":`,
  `"extraVolumes":"extraVolumeMounts":"image":"name":"pullPolicy":"pullSecrets":"resources":`,
  `"podSecurityContext":"runAsNonRoot":"fsGroup":"seccompProfile":"containerSecurityContext":`,
  `"runAsUser":"runAsGroup":"allowPrivilegeEscalation":"capabilities":"drop":"lifecycle":`,
  `"loadRoles":"services":"maxUnavailable":"minAvailable":"networkPolicy":"ingress":"egress":`,
  `"egressAllowRules":"cloudMetadataServer":"dnsPortsCloudMetadataServer":`,
  `"dnsPortsKubeSystemNamespace":"dnsPortsPrivateIPs":"nonPrivateIPs":"privateIPs":`,
  `"interNamespaceAccessLabels":"allowedIngressPorts":"allowNamedServers":`,
  `"namedServerLimitPerUser":"authenticatePrometheus":"redirectToServer":"shutdownOnLogout":`,
  `"templatePaths":"templateVars":"livenessProbe":"initialDelaySeconds":"periodSeconds":`,
  `"failureThreshold":"timeoutSeconds":"readinessProbe":"existingSecret":"serviceAccount":`,
  `"extraPodSpec":"rbac":"proxy":"secretToken":"rollingUpdate":"nodePorts":"http":"https":`,
  `"disableHttpPort":"externalIPs":"loadBalancerSourceRanges":"extraCommandLineFlags":`,
  `"defaultTarget":"errorTarget":"traefik":"hsts":"includeSubdomains":"preload":"maxAge":`,
  `"extraInitContainers":"extraStaticConfig":"extraDynamicConfig":"secretSync":"letsencrypt":`,
  `"contactEmail":"acmeServer":"manual":"cert":"secret":"hosts":"singleuser":"podNameTemplate":`,
  `"extraTolerations":"extraNodeAffinity":"required":"preferred":"extraPodAffinity":`,
  `"extraPodAntiAffinity":"networkTools":"cloudMetadata":"blockWithIptables":"events":`,
  `"extraAnnotations":"extraLabels":"hub.jupyter.org/network-access-hub":"lifecycleHooks":"fsGid":`,
  `"serviceAccountName":"static":"pvcName":"capacity":"homeMountPath":"dynamic":"storageClass":`,
  `"pvcNameTemplate":"volumeNameTemplate":"storageAccessModes":"startTimeout":"limit":"guarantee":`,
  `"memory":"extraResource":"limits":"guarantees":"defaultUrl":"extraPodConfig":"profileList":`,
  `"scheduling":"userScheduler":"replicas":"logLevel":"plugins":"score":"disabled":"pluginConfig":`,
  `"podPriority":"globalDefault":"defaultPriority":"imagePullerPriority":"userPlaceholderPriority":`,
  `"userPlaceholder":"corePods":"nodeAffinity":"matchNodePurpose":"userPods":"prePuller":"hook":`,
  `"pullOnlyOnChanges":"podSchedulingWaitDuration":"serviceAccountImagePuller":`,
  `"daemonsetAnnotations":"continuous":"pullProfileListImages":"extraImages":"pause":`,
  `"ingressClassName":"pathSuffix":"pathType":"extraPaths":"httpRoute":"hostnames":"gateway":`,
  `"namespace":"cull":"users":"adminUsers":"removeNamedServers":"timeout":"every":"concurrency":`,
  `"debug":"global":"safeToShowValues":`,
  `import os
import json
from kubernetes_asyncio import client
from z2jh import get_config, get_secret_value, set_config_if_not_none
z2jh.get_config("custom.
`,
  `c.KubeSpawner.profile_list = [
    {
        "display_name": "
`,
  `"description": "
`,
  `"kubespawner_override": {
            "image": "
`,
  `"default": True,

`,
  `c.KubeSpawner.extra_labels = {
`,
  `c.KubeSpawner.extra_resource_limits = {"nvidia.com/gpu": "1"}

`,
  `c.KubeSpawner.environment = {
`,
  `c.KubeSpawner.volumes
`,
  `c.KubeSpawner.volume_mounts
`,
  `c.KubeSpawner.init_containers
`,
  `c.KubeSpawner.lifecycle_hooks
`,
  `c.KubeSpawner.image_pull_policy = "Always"

`,
  `c.KubeSpawner.start_timeout = 600

`,
  `c.KubeSpawner.http_timeout = 300

`,
  `c.KubeSpawner.cmd = ["jupyterhub-singleuser"]

`,
  `c.KubeSpawner.default_url = "/lab"

`,
  `c.Spawner.default_url = "/lab"

`,
  `c.Spawner.args = [
`,
  `c.Spawner.cmd = [
`,
  `c.JupyterHub.template_paths = [
`,
  `c.JupyterHub.template_vars = {
`,
  `c.JupyterHub.services
`,
  `c.JupyterHub.load_roles = [
`,
  `c.JupyterHub.logo_file = "
`,
  `c.JupyterHub.admin_access = True

`,
  `c.JupyterHub.shutdown_on_logout = True

`,
  `c.JupyterHub.redirect_to_server = False

`,
  `c.JupyterHub.authenticator_class = "
`,
  `c.JupyterHub.spawner_class = "
`,
  `c.Authenticator.admin_users = {
`,
  `c.Authenticator.allowed_users = {
`,
  `c.Authenticator.allow_all = True

`,
  `c.Authenticator.enable_auth_state = True

`,
  `c.Authenticator.auto_login = True

`,
  `c.OAuthenticator.client_id = 
`,
  `c.OAuthenticator.client_secret = 
`,
  `c.OAuthenticator.oauth_callback_url = "https://
`,
  `c.GitHubOAuthenticator.client_id = 
`,
  `c.GitHubOAuthenticator.client_secret = 
`,
  `c.GitHubOAuthenticator.allowed_organizations = {
`,
  `c.GitHubOAuthenticator.scope = ["read:org"]

`,
  `c.GenericOAuthenticator.
`,
  `c.GoogleOAuthenticator.hosted_domain = [
`,
  `c.AzureAdOAuthenticator.tenant_id = 
`,
  `c.LDAPAuthenticator.
`,
  `c.CILogonOAuthenticator.
`,
  `c.JupyterHub.cookie_secret = "<secret removed from link>"

`,
  `os.environ["
`,
  `os.environ.get("
`,
  `_TOKEN"] = "
`,
  `get_secret_value("
`,
  `def modify_pod_hook(spawner, pod):
    
`,
  `    return pod
c.KubeSpawner.modify_pod_hook = modify_pod_hook

`,
  `async def pre_spawn_hook(spawner):
    username = spawner.user.name
    
`,
  `spawner.environment["
`,
  `spawner.user.name
`,
  `spawner.mem_limit = "
`,
  `spawner.mem_guarantee = "
`,
  `spawner.cpu_limit = 
`,
  `spawner.cpu_guarantee = 
`,
  `    if username in {"
`,
  `    if "admin" in spawner.user.name:
`,
  `c.KubeSpawner.pre_spawn_hook = pre_spawn_hook

`,
  `c.JupyterHub.allow_named_servers = True
c.JupyterHub.named_server_limit_per_user = 
`,
  `c.KubeSpawner.
`,
  `c.JupyterHub.
`,
  `c.Authenticator.
`,
  `"nodeSelector":{,`,
  `"tolerations":[{"key":",`,
  `"effect":"NoSchedule",`,
  `"operator":"Equal","value":",`,
  `"affinity":{,`,
  `"resources":{"requests":{"cpu":",`,
  `"memory":",`,
  `"limits":{"cpu":",`,
  `"extraEnv":{",`,
  `"valueFrom":{"secretKeyRef":{"name":",`,
  `"key":",`,
  `"storage":{"type":"dynamic","capacity":"10Gi","dynamic":{"storageClass":",`,
  `"extraVolumes":[{"name":",`,
  `"extraVolumeMounts":[{"name":",`,
  `"mountPath":"/home/jovyan/,`,
  `"homeMountPath":",`,
  `"type":"none",`,
  `"type":"static",`,
  `"static":{"pvcName":",`,
  `"subPath":",`,
  `"profileList":[{"display_name":",`,
  `"description":",`,
  `"default":true,`,
  `"kubespawner_override":{"image":",`,
  `"lifecycleHooks":{"postStart":{"exec":{"command":["sh","-c",",`,
  `"initContainers":[,`,
  `"cmd":"jupyterhub-singleuser",`,
  `"defaultUrl":"/lab",`,
  `"startTimeout":,`,
  `"cpu":{"limit":,`,
  `"guarantee":,`,
  `"networkPolicy":{"enabled":false},`,
  `"egressAllowRules":{,`,
  `"cull":{"enabled":true,"users":false,"timeout":3600,"every":600,"maxAge":0},`,
  `"removeNamedServers":true,`,
  `"imagePullSecret":{"create":true,"registry":",`,
  `"username":",`,
  `"password":",`,
  `"imagePullSecrets":[,`,
  `"debug":{"enabled":true},`,
  `"rbac":{"create":true},`,
  `"db":{"type":"sqlite-pvc","pvc":{"storage":"1Gi"}},`,
  `"type":"mysql",`,
  `"type":"postgres",`,
  `"url":",`,
  `"service":{"type":"LoadBalancer","loadBalancerIP":",`,
  `"annotations":{,`,
  `"https":{"enabled":true,"type":"letsencrypt","letsencrypt":{"contactEmail":",`,
  `"hosts":[",`,
  `"manual":{"key":",`,
  `"cert":",`,
  `"type":"offload",`,
  `"type":"secret","secret":{"name":",`,
  `"chp":{"resources":{,`,
  `"traefik":{,`,
  `"secretToken":",`,
  `"hub":{"image":{"name":",`,
  `"baseUrl":"/,`,
  `"allowNamedServers":true,`,
  `"namedServerLimitPerUser":,`,
  `"shutdownOnLogout":true,`,
  `"concurrentSpawnLimit":,`,
  `"activeServerLimit":,`,
  `"templatePaths":[,`,
  `"templateVars":{,`,
  `"extraFiles":{,`,
  `"mountPath":",`,
  `"stringData":",`,
  `"services":{",`,
  `"apiToken":",`,
  `"admin":true,`,
  `"command":[,`,
  `"loadRoles":{,`,
  `"scopes":[",`,
  `"cookieSecret":",`,
  `"extraEnv":{,`,
  `"extraVolumeMounts":[,`,
  `"existingSecret":",`,
  `"GoogleOAuthenticator":{"hosted_domain":[",`,
  `"login_service":",`,
  `"AzureAdOAuthenticator":{"tenant_id":",`,
  `"GenericOAuthenticator":{"authorize_url":"https://,`,
  `"token_url":"https://,`,
  `"userdata_url":"https://,`,
  `"username_claim":",`,
  `"claim_groups_key":",`,
  `"LDAPAuthenticator":{"server_address":",`,
  `"bind_dn_template":[",`,
  `"lookup_dn":,`,
  `"CILogonOAuthenticator":{,`,
  `"NativeAuthenticator":{,`,
  `"DummyAuthenticator":{"password":",`,
  `"authenticator_class":"google",`,
  `"authenticator_class":"generic-oauth",`,
  `"authenticator_class":"azuread",`,
  `"authenticator_class":"ldapauthenticator.LDAPAuthenticator",`,
  `"authenticator_class":"native",`,
  `"authenticator_class":"dummy",`,
  `"client_id":",`,
  `"client_secret":",`,
  `"oauth_callback_url":"https://,`,
  `/hub/oauth_callback",`,
  `"Authenticator":{"admin_users":[",`,
  `"allowed_users":[",`,
  `"allow_all":true,`,
  `"auto_login":true,`,
  `"enable_auth_state":true,`,
  `"allowed_organizations":[",`,
  `"scope":["read:org"],`,
  `"GitHubOAuthenticator":{,`,
  `"JupyterHub":{"admin_access":true,"authenticator_class":"github"},`,
  `"extraConfig":{",`,
  `"hub":{"config":{"JupyterHub":{"authenticator_class":"github"},,`,
  `"defaultUrl":"/lab","extraEnv":{",`,
  `"storage":{"capacity":",`,
  `"image":{"name":"jupyter/datascience-notebook","tag":",`,
  `"image":{"name":"jupyter/scipy-notebook","tag":",`,
  `"image":{"name":"jupyter/minimal-notebook","tag":",`,
  `"image":{"name":"jupyter/base-notebook","tag":",`,
  `"image":{"name":"quay.io/jupyter/pytorch-notebook","tag":",`,
  `"image":{"name":"quay.io/jupyter/r-notebook","tag":",`,
  `"image":{"name":"quay.io/jupyter/base-notebook","tag":",`,
  `"image":{"name":"quay.io/jupyter/minimal-notebook","tag":",`,
  `"singleuser":{"image":{"name":"quay.io/jupyter/scipy-notebook","tag":",`,
  `"image":{"name":"quay.io/jupyter/datascience-notebook","tag":",`,
  `"pullPolicy":",`,
  `"memory":{"limit":",`,
  `G","guarantee":",`,
  `"extraImages":{",`,
  `"name":"rocker/binder","tag":",`,
  `"name":"quay.io/jupyter/,`,
  `"prePuller":{"hook":{"enabled":false},"continuous":{"enabled":false},`,
  `"prePuller":{"hook":{"enabled":true},"continuous":{"enabled":true},,`,
  `"scheduling":{"userScheduler":{"enabled":false},"podPriority":{"enabled":false},"userPlaceholder":{"enabled":false},"corePods":{"nodeAffinity":{"matchNodePurpose":"require"}},"userPods":{"nodeAffinity":{"matchNodePurpose":"require"}}},`,
  `"scheduling":{"userScheduler":{"enabled":true},"podPriority":{"enabled":true},"userPlaceholder":{"enabled":true,"replicas":,`,
  `"tls":[{"hosts":[",`,
  `"secretName":",`,
  `-tls"}],`,
  `"annotations":{"kubernetes.io/ingress.class":"nginx","cert-manager.io/cluster-issuer":"letsencrypt-prod"},`,
  `"annotations":{"cert-manager.io/cluster-issuer":"letsencrypt-prod"},`,
  `"annotations":{"cert-manager.io/cluster-issuer":"letsencrypt-staging"},`,
  `"ingress":{"enabled":true,"ingressClassName":"nginx","hosts":[",`,
  `"ingress":{"enabled":true,"ingressClassName":"traefik","hosts":[",`,
  `{"proxy":{"service":{"type":"NodePort"}},`,
  `{"proxy":{"https":{"enabled":true,"hosts":[",`,
  `{"proxy":{"secretToken":",`,
  `{"proxy":{"service":{"type":"ClusterIP"}},,`,
  `"certManager":{"issuerName":"letsencrypt-staging","email":"","acmeServer":"staging","solverIngressClass":"traefik"},`,
  `"s":["hub.config.GitHubOAuthenticator.client_secret","proxy.secretToken","hub.extraConfig,`,
  `"r":"jhub","n":"jhub","m":{"issuerName":"letsencrypt-staging","email":"","acmeServer":"staging","solverIngressClass":"traefik"},,`,
  `{"c":"4.4.0",,`,
  `"v":{,`,
];

export const DICTIONARY_V1_TEXT: string = parts.join('');
