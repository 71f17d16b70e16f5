// The GPU host: an internal (VNet-injected) Container Apps environment with a serverless GPU workload profile,
// and the container app that trains adapters and serves inference. Ingress is internal only; the image is
// pulled from the private registry with the app's managed identity.
import { tagsType, diagnosticsTarget } from 'types.bicep'

@description('Azure region for the environment and app.')
param location string

@description('Resource token used to derive unique names.')
param resourceToken string

@description('Tags applied to every resource.')
param tags tagsType

@description('azd service name of the container app (must match azure.yaml).')
param serviceName string

@description('Serverless GPU workload profile type.')
@allowed(['Consumption-GPU-NC8as-T4', 'Consumption-GPU-NC24-A100'])
param gpuWorkloadProfileType string

@description('Minimum replicas: 0 scales to zero when idle (cold start loads the model), 1 keeps a GPU warm.')
@minValue(0)
@maxValue(1)
param minReplicas int

@description('Maximum replicas.')
@minValue(1)
@maxValue(10)
param maxReplicas int

@description('Container image; empty until azd deploy pushes the real image (a placeholder is used then).')
param image string

@description('Container registry login server.')
param registryLoginServer string

@description('Resource id of the GPU host user-assigned identity.')
param identityId string

@description('Client id of the GPU host user-assigned identity.')
param identityClientId string

@description('Client id of the Functions identity, the only caller the GPU host accepts.')
param allowedCallerClientId string

@description('Blob endpoint of the storage account.')
param blobEndpoint string

@description('Key Vault URI.')
param keyVaultUri string

@description('Blob name of the base model GGUF inside the models container.')
param baseModelBlobName string

@description('SHA-256 of the base model GGUF; a download that differs is refused.')
param baseModelSha256 string

@description('Entra ID tenant that issues the tokens the GPU host accepts.')
param apiTenantId string

@description('Audience the GPU host accepts: the pipeline API app registration (callers are further restricted to the Functions identity).')
param apiAudience string

@description('Application Insights connection string (not a secret: local auth is disabled).')
param appInsightsConnectionString string

@description('Subnet for the environment (delegated to Microsoft.App/environments).')
param infrastructureSubnetId string

@description('Resource id of the VNet the environment DNS zone is linked to.')
param vnetId string

@description('Diagnostics destination.')
param diagnostics diagnosticsTarget

// Serverless GPU profiles have fixed sizes; the container asks for the whole GPU node. baseWeights: how training and
// evaluation hold the base model — bfloat16 on the A100 (tensor cores, half the memory: an 8B base ~16 GB), float32 on
// the T4, which has no bfloat16 arithmetic.
var gpuSizes = {
  'Consumption-GPU-NC8as-T4': { cpu: 8, memory: '56Gi', baseWeights: 'Float32' }
  'Consumption-GPU-NC24-A100': { cpu: 24, memory: '220Gi', baseWeights: 'BFloat16' }
}

var containerPort = 8080

resource environment 'Microsoft.App/managedEnvironments@2025-07-01' = {
  name: 'cae-${resourceToken}'
  location: location
  tags: tags
  properties: {
    publicNetworkAccess: 'Disabled'
    vnetConfiguration: {
      internal: true
      infrastructureSubnetId: infrastructureSubnetId
    }
    workloadProfiles: [
      {
        name: 'Consumption'
        workloadProfileType: 'Consumption'
      }
      {
        name: 'gpu'
        workloadProfileType: gpuWorkloadProfileType
      }
    ]
    // Logs flow through the diagnostic setting below (Entra-authenticated), not a workspace shared key.
    appLogsConfiguration: {
      destination: 'azure-monitor'
    }
    peerTrafficConfiguration: {
      encryption: {
        enabled: true
      }
    }
  }
}

resource environmentDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'diag-environment'
  scope: environment
  properties: {
    workspaceId: diagnostics.workspaceId
    logs: [
      { categoryGroup: 'allLogs', enabled: true }
    ]
    metrics: [
      { category: 'AllMetrics', enabled: true }
    ]
  }
}

module dns 'containerAppsDns.bicep' = {
  name: 'dns-cae-${resourceToken}'
  params: {
    zoneName: environment.properties.defaultDomain
    staticIp: environment.properties.staticIp
    vnetId: vnetId
    tags: tags
  }
}

resource app 'Microsoft.App/containerApps@2025-07-01' = {
  name: 'ca-gpuhost-${resourceToken}'
  location: location
  tags: union(tags, { 'azd-service-name': serviceName })
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    environmentId: environment.id
    // The GPU host always runs on the serverless GPU profile declared above.
    workloadProfileName: 'gpu'
    configuration: {
      activeRevisionsMode: 'Single'
      ingress: {
        // The environment is internal (no public IP; its only entry is an internal load balancer in the VNet).
        // In an internal environment `external: true` means "limited to the VNet": the Function app, in its own
        // subnet, can call the GPU host. `external: false` would limit it to apps inside this environment, and
        // every call from Functions would get a 404 from the environment's proxy.
        external: true
        allowInsecure: false
        targetPort: containerPort
        transport: 'http'
      }
      registries: [
        {
          server: registryLoginServer
          identity: identityId
        }
      ]
    }
    template: {
      containers: [
        {
          name: 'gpu-host'
          // The placeholder lets `azd provision` succeed before the first `azd deploy` pushes the real image;
          // it is an ASP.NET sample that, like the GPU host, listens on 8080, so its health checks pass.
          image: empty(image) ? 'mcr.microsoft.com/dotnet/samples:aspnetapp' : image
          resources: {
            cpu: gpuSizes[gpuWorkloadProfileType].cpu
            memory: gpuSizes[gpuWorkloadProfileType].memory
          }
          env: [
            { name: 'AZURE_CLIENT_ID', value: identityClientId }
            { name: 'ASPNETCORE_HTTP_PORTS', value: string(containerPort) }
            { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: appInsightsConnectionString }
            {
              name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING'
              value: 'ClientId=${identityClientId};Authorization=AAD'
            }
            // The names the host's options read (gpu-host/GpuHost/Hosting/GpuHostOptions.cs); checked by Infra.Tests.
            { name: 'Storage__ServiceUri', value: blobEndpoint }
            { name: 'Storage__ManagedIdentityClientId', value: identityClientId }
            { name: 'Storage__AdaptersContainer', value: 'adapters' }
            { name: 'Storage__JobsContainer', value: 'gpu-host-jobs' }
            { name: 'Storage__ModelsContainer', value: 'models' }
            { name: 'Secrets__KeyVaultUri', value: keyVaultUri }
            // Downloaded from the models container at start-up into the container's scratch space.
            { name: 'GpuHost__BaseModelBlob', value: baseModelBlobName }
            { name: 'GpuHost__BaseModelSha256', value: baseModelSha256 }
            { name: 'GpuHost__BaseModelPath', value: '/tmp/gpu-host/models/base.gguf' }
            { name: 'GpuHost__WorkDirectory', value: '/tmp/gpu-host/work' }
            { name: 'GpuHost__GpuLayers', value: '999' }
            { name: 'GpuHost__BaseWeights', value: gpuSizes[gpuWorkloadProfileType].baseWeights }
            // Jobs recompute each layer in the backward pass: an 8B base's activations would otherwise outgrow the GPU.
            { name: 'GpuHost__RecomputeActivations', value: 'true' }
            { name: 'Auth__Authority', value: '${az.environment().authentication.loginEndpoint}${apiTenantId}/v2.0' }
            { name: 'Auth__Audience', value: apiAudience }
            { name: 'Auth__AllowedCallers__0', value: allowedCallerClientId }
          ]
        }
      ]
      scale: {
        minReplicas: minReplicas
        maxReplicas: maxReplicas
      }
    }
  }
}

resource appDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'diag-gpuhost'
  scope: app
  properties: {
    workspaceId: diagnostics.workspaceId
    metrics: [
      { category: 'AllMetrics', enabled: true }
    ]
  }
}

@description('Container app name.')
output name string = app.name

@description('Container app resource id.')
output resourceId string = app.id

@description('Container Apps environment name.')
output environmentName string = environment.name

@description('Container Apps environment resource id.')
output environmentId string = environment.id

@description('Internal base URL of the GPU host.')
output baseUrl string = 'https://${app.properties.configuration.ingress.fqdn}'
