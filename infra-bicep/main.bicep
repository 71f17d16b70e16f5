// Private LoRA fine-tuning pipeline: one deployment into a private VNet, no public endpoints, no keys.
// Deployed with `azd up` (azure.yaml at the repository root) or `az deployment group create`; see
// docs/deploy-azure.md. Resource-group scope so the deploying team needs rights on one resource group only.
targetScope = 'resourceGroup'

import { principalKind } from 'modules/types.bicep'

@description('azd environment name; part of the resource token and the azd-env-name tag.')
@minLength(1)
@maxLength(64)
param environmentName string

@description('Azure region for all resources (must offer Container Apps serverless GPUs and Flex Consumption).')
param location string = resourceGroup().location

@description('Address space of the VNet.')
param vnetAddressPrefix string = '10.40.0.0/16'

@description('Subnet for Functions VNet integration.')
param functionsSubnetPrefix string = '10.40.0.0/24'

@description('Subnet for private endpoints.')
param privateEndpointsSubnetPrefix string = '10.40.1.0/24'

@description('Subnet for the Container Apps environment (at least /27).')
param containerAppsSubnetPrefix string = '10.40.2.0/23'

@description('Address range operators connect from (VPN gateway / ExpressRoute / peered hub); empty for none.')
param operatorAddressPrefix string = ''

@description('Storage redundancy SKU.')
@allowed(['Standard_LRS', 'Standard_ZRS', 'Standard_GZRS'])
param storageSkuName string = 'Standard_ZRS'

@description('Days deleted blobs, versions and containers stay recoverable; point-in-time restore reaches one day less.')
@minValue(2)
@maxValue(365)
param softDeleteRetentionInDays int = 30

@description('Days audit blobs are immutable after creation.')
@minValue(1)
@maxValue(146000)
param auditImmutabilityInDays int = 365

@description('Days before raw uploads left in datasets/incoming/ or datasets/quarantine/ are deleted.')
@minValue(1)
@maxValue(365)
param rawDataRetentionInDays int = 7

@description('Days a deleted Key Vault or key stays recoverable.')
@minValue(7)
@maxValue(90)
param keyVaultSoftDeleteRetentionInDays int = 90

@description('Log Analytics retention in days.')
@minValue(30)
@maxValue(730)
param logRetentionInDays int = 90

@description('Serverless GPU workload profile for the GPU host.')
@allowed(['Consumption-GPU-NC8as-T4', 'Consumption-GPU-NC24-A100'])
param gpuWorkloadProfileType string = 'Consumption-GPU-NC8as-T4'

@description('GPU host minimum replicas: 0 scales to zero, 1 keeps one GPU warm.')
@minValue(0)
@maxValue(1)
param gpuHostMinReplicas int = 0

@description('GPU host maximum replicas.')
@minValue(1)
@maxValue(10)
param gpuHostMaxReplicas int = 1

@description('GPU host image (set by azd deploy); empty uses a placeholder until the first deploy.')
param gpuHostImage string = ''

@description('Blob name of the base model GGUF inside the models container.')
param baseModelBlobName string = 'base/llama-3.1-8b-instruct.f16.gguf'

@description('SHA-256 of the base model GGUF: recorded in every manifest, and the GPU host refuses a download that differs.')
param baseModelSha256 string = ''

@description('Maximum instances of the Flex Consumption Function app.')
@minValue(40)
@maxValue(1000)
param functionsMaximumInstanceCount int = 100

@description('Memory per Function app instance in MB.')
@allowed([512, 2048, 4096])
param functionsInstanceMemoryMB int = 2048

@description('Entra ID tenant that issues tokens for the pipeline API.')
param apiTenantId string = tenant().tenantId

@description('Application ID URI of the Entra app registration with the app roles; empty derives api://<token>-pipeline.')
param apiAudience string = ''

@description('Object id of the operator (user or group) who runs the post-deployment steps; empty for none.')
param operatorPrincipalId string = ''

@description('Type of the operator principal.')
param operatorPrincipalType principalKind = 'User'

@description('E-mail address (team mailbox or list) notified by the alerts; empty creates the alerts without a notification target.')
param alertEmail string = ''

var resourceToken = toLower(uniqueString(subscription().id, resourceGroup().id, location, environmentName))
var tags = {
  'azd-env-name': environmentName
  workload: 'private-lora-pipeline'
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    location: location
    resourceToken: resourceToken
    tags: tags
    retentionInDays: logRetentionInDays
  }
}

var diagnostics = {
  workspaceId: monitoring.outputs.resourceId
}

module network 'modules/network.bicep' = {
  name: 'network'
  params: {
    location: location
    resourceToken: resourceToken
    tags: tags
    vnetAddressPrefix: vnetAddressPrefix
    functionsSubnetPrefix: functionsSubnetPrefix
    privateEndpointsSubnetPrefix: privateEndpointsSubnetPrefix
    containerAppsSubnetPrefix: containerAppsSubnetPrefix
    operatorAddressPrefix: operatorAddressPrefix
    diagnostics: diagnostics
  }
}

// Telemetry and log queries go through the Azure Monitor Private Link Scope only.
module monitoringPrivateLink 'modules/monitoringPrivateLink.bicep' = {
  name: 'monitoring-private-link'
  params: {
    location: location
    resourceToken: resourceToken
    tags: tags
    workspaceName: monitoring.outputs.name
    appInsightsName: monitoring.outputs.appInsightsName
    privateEndpointsSubnetId: network.outputs.privateEndpointsSubnetId
    monitorZoneIds: network.outputs.monitorZoneIds
    diagnostics: diagnostics
  }
}

module identities 'modules/identities.bicep' = {
  name: 'identities'
  params: {
    location: location
    resourceToken: resourceToken
    tags: tags
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    location: location
    resourceToken: resourceToken
    tags: tags
    softDeleteRetentionInDays: keyVaultSoftDeleteRetentionInDays
    privateEndpointsSubnetId: network.outputs.privateEndpointsSubnetId
    vaultZoneId: network.outputs.vaultZoneId
    storageEncryptionPrincipalId: identities.outputs.storageEncryptionPrincipalId
    diagnostics: diagnostics
  }
}

// Deployed after the Key Vault module, which grants the storage identity access to its key first.
module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    location: location
    resourceToken: resourceToken
    tags: tags
    skuName: storageSkuName
    softDeleteRetentionInDays: softDeleteRetentionInDays
    auditImmutabilityInDays: auditImmutabilityInDays
    rawDataRetentionInDays: rawDataRetentionInDays
    keyVaultUri: keyVault.outputs.vaultUri
    keyName: keyVault.outputs.storageKeyName
    encryptionIdentityId: identities.outputs.storageEncryptionIdentityId
    privateEndpointsSubnetId: network.outputs.privateEndpointsSubnetId
    blobZoneId: network.outputs.blobZoneId
    queueZoneId: network.outputs.queueZoneId
    tableZoneId: network.outputs.tableZoneId
    diagnostics: diagnostics
  }
}

module registry 'modules/registry.bicep' = {
  name: 'registry'
  params: {
    location: location
    resourceToken: resourceToken
    tags: tags
    privateEndpointsSubnetId: network.outputs.privateEndpointsSubnetId
    registryZoneId: network.outputs.registryZoneId
    diagnostics: diagnostics
  }
}

module rbac 'modules/rbac.bicep' = {
  name: 'rbac'
  params: {
    storageAccountName: storage.outputs.name
    keyVaultName: keyVault.outputs.name
    adapterKeyName: keyVault.outputs.adapterKeyName
    registryName: registry.outputs.name
    appInsightsName: monitoring.outputs.appInsightsName
    functionsPrincipalId: identities.outputs.functionsPrincipalId
    gpuHostPrincipalId: identities.outputs.gpuHostPrincipalId
    operatorPrincipalId: operatorPrincipalId
    operatorPrincipalType: operatorPrincipalType
  }
}

// The container app pulls its image with AcrPull, so it waits for the role assignments.
module gpuHost 'modules/gpuHost.bicep' = {
  name: 'gpuhost'
  dependsOn: [rbac]
  params: {
    location: location
    resourceToken: resourceToken
    tags: tags
    serviceName: 'gpu-host'
    gpuWorkloadProfileType: gpuWorkloadProfileType
    minReplicas: gpuHostMinReplicas
    maxReplicas: gpuHostMaxReplicas
    image: gpuHostImage
    registryLoginServer: registry.outputs.loginServer
    identityId: identities.outputs.gpuHostIdentityId
    identityClientId: identities.outputs.gpuHostClientId
    allowedCallerClientId: identities.outputs.functionsClientId
    blobEndpoint: storage.outputs.blobEndpoint
    keyVaultUri: keyVault.outputs.vaultUri
    baseModelBlobName: baseModelBlobName
    baseModelSha256: baseModelSha256
    apiTenantId: apiTenantId
    apiAudience: empty(apiAudience) ? 'api://${resourceToken}-pipeline' : apiAudience
    appInsightsConnectionString: monitoring.outputs.appInsightsConnectionString
    infrastructureSubnetId: network.outputs.containerAppsSubnetId
    vnetId: network.outputs.resourceId
    diagnostics: diagnostics
  }
}

// The Function app's host storage and Key Vault access need their roles before the first start.
module functions 'modules/functions.bicep' = {
  name: 'functions'
  dependsOn: [rbac]
  params: {
    location: location
    resourceToken: resourceToken
    tags: tags
    serviceName: 'pipeline-functions'
    identityId: identities.outputs.functionsIdentityId
    identityClientId: identities.outputs.functionsClientId
    storageAccountName: storage.outputs.name
    blobEndpoint: storage.outputs.blobEndpoint
    intakeQueueName: storage.outputs.intakeQueueName
    keyVaultUri: keyVault.outputs.vaultUri
    gpuHostBaseUrl: gpuHost.outputs.baseUrl
    baseModelSha256: baseModelSha256
    appInsightsConnectionString: monitoring.outputs.appInsightsConnectionString
    apiTenantId: apiTenantId
    apiAudience: empty(apiAudience) ? 'api://${resourceToken}-pipeline' : apiAudience
    maximumInstanceCount: functionsMaximumInstanceCount
    instanceMemoryMB: functionsInstanceMemoryMB
    integrationSubnetId: network.outputs.functionsSubnetId
    privateEndpointsSubnetId: network.outputs.privateEndpointsSubnetId
    sitesZoneId: network.outputs.sitesZoneId
    diagnostics: diagnostics
  }
}

module alerts 'modules/alerts.bicep' = {
  name: 'alerts'
  params: {
    location: location
    resourceToken: resourceToken
    tags: tags
    alertEmail: alertEmail
    workspaceResourceId: monitoring.outputs.resourceId
    gpuHostResourceId: gpuHost.outputs.resourceId
    keyVaultResourceId: keyVault.outputs.resourceId
    storageResourceId: storage.outputs.resourceId
  }
}

module eventGrid 'modules/eventgrid.bicep' = {
  name: 'eventgrid'
  params: {
    location: location
    resourceToken: resourceToken
    tags: tags
    storageAccountName: storage.outputs.name
    intakeQueueName: storage.outputs.intakeQueueName
    diagnostics: diagnostics
  }
}

@description('Resource group name.')
output name string = resourceGroup().name

@description('Resource group resource id.')
output resourceId string = resourceGroup().id

@description('Region (read by azd).')
output AZURE_LOCATION string = location

@description('Tenant (read by azd).')
output AZURE_TENANT_ID string = tenant().tenantId

@description('Registry login server azd pushes the GPU host image to.')
output AZURE_CONTAINER_REGISTRY_ENDPOINT string = registry.outputs.loginServer

@description('Container Apps environment name (read by azd).')
output AZURE_CONTAINER_ENVIRONMENT_NAME string = gpuHost.outputs.environmentName

@description('Storage account name: upload the base model GGUF to its models container.')
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name

@description('Key Vault name: create the pseudonymisation secret in it.')
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name

@description('Function app name.')
output AZURE_FUNCTION_APP_NAME string = functions.outputs.name

@description('Function app resource id.')
output AZURE_FUNCTION_APP_ID string = functions.outputs.resourceId

@description('GPU host container app name.')
output GPU_HOST_NAME string = gpuHost.outputs.name

@description('GPU host internal base URL.')
output GPU_HOST_BASE_URL string = gpuHost.outputs.baseUrl

@description('Name of the Key Vault secret the post-deployment step creates.')
// The apps read their keys under fixed names (Pipeline.Secrets.SecretNames); the operator creates them after deployment.
output PSEUDONYMISATION_SECRET_NAME string = 'pseudonymisation-key'

@description('Audience the pipeline API expects in tokens.')
output API_AUDIENCE string = empty(apiAudience) ? 'api://${resourceToken}-pipeline' : apiAudience
