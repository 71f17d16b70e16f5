// Least-privilege role assignments for the workload identities (and, optionally, the operator who runs the
// post-deployment steps). Every assignment is scoped as narrowly as the resource model allows; role ids are
// literals with the role's name beside them so a review (and tests/Infra.Tests) can read them.
// No app identity gets Owner, Contributor, User Access Administrator or any data-plane Owner role.
import { principalKind } from 'types.bicep'

@description('Storage account name.')
param storageAccountName string

@description('Key Vault name.')
param keyVaultName string

@description('Name of the adapter key-encryption key.')
param adapterKeyName string

@description('Container registry name.')
param registryName string

@description('Application Insights name.')
param appInsightsName string

@description('Principal id of the Functions identity.')
param functionsPrincipalId string

@description('Principal id of the GPU host identity.')
param gpuHostPrincipalId string

@description('Optional principal (user or group) that performs the post-deployment steps; empty for none.')
param operatorPrincipalId string

@description('Type of the operator principal.')
param operatorPrincipalType principalKind

resource account 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: storageAccountName

  resource blobService 'blobServices' existing = {
    name: 'default'

    resource masked 'containers' existing = {
      name: 'masked'
    }

    resource adapters 'containers' existing = {
      name: 'adapters'
    }

    resource models 'containers' existing = {
      name: 'models'
    }

    resource gpuHostJobs 'containers' existing = {
      name: 'gpu-host-jobs'
    }

  }

}

resource vault 'Microsoft.KeyVault/vaults@2024-11-01' existing = {
  name: keyVaultName

  resource adapterKey 'keys' existing = {
    name: adapterKeyName
  }
}

resource registry 'Microsoft.ContainerRegistry/registries@2025-11-01' existing = {
  name: registryName
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

// ---------- Functions app: host storage (AzureWebJobsStorage, Durable Task hub, deployment package) and
// the pipeline's own containers; account scope is what the Functions host and Durable Task need.

// Storage Blob Data Contributor
resource functionsBlob 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account.id, functionsPrincipalId, 'ba92f5b4-2d11-453d-a403-e96b0029c9fe')
  scope: account
  properties: {
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
    )
    principalId: functionsPrincipalId
    principalType: 'ServicePrincipal'
  }
}

// Storage Queue Data Contributor
resource functionsQueue 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account.id, functionsPrincipalId, '974c5e8b-45b9-4653-ba55-5f855dd0fb88')
  scope: account
  properties: {
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
    )
    principalId: functionsPrincipalId
    principalType: 'ServicePrincipal'
  }
}

// Storage Table Data Contributor
resource functionsTable 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account.id, functionsPrincipalId, '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3')
  scope: account
  properties: {
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
    )
    principalId: functionsPrincipalId
    principalType: 'ServicePrincipal'
  }
}

// Key Vault Secrets User: reads the pseudonymisation secret (created after deployment, so the vault is the
// narrowest scope that exists at deployment time).
resource functionsSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, functionsPrincipalId, '4633458b-17de-408a-b874-0445c86b69e6')
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      '4633458b-17de-408a-b874-0445c86b69e6'
    )
    principalId: functionsPrincipalId
    principalType: 'ServicePrincipal'
  }
}

// Monitoring Metrics Publisher: Application Insights has local auth disabled, so telemetry needs this role.
resource functionsTelemetry 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(appInsights.id, functionsPrincipalId, '3913510d-42f4-4e42-8a64-420c390055eb')
  scope: appInsights
  properties: {
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      '3913510d-42f4-4e42-8a64-420c390055eb'
    )
    principalId: functionsPrincipalId
    principalType: 'ServicePrincipal'
  }
}

// ---------- GPU host: reads masked datasets and the model registry, writes adapters. Never the datasets
// container (raw uploads) and never the whole account.

// Storage Blob Data Reader
resource gpuHostMasked 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account::blobService::masked.id, gpuHostPrincipalId, '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1')
  scope: account::blobService::masked
  properties: {
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1'
    )
    principalId: gpuHostPrincipalId
    principalType: 'ServicePrincipal'
  }
}

// Storage Blob Data Contributor: adapters and training checkpoints.
resource gpuHostAdapters 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account::blobService::adapters.id, gpuHostPrincipalId, 'ba92f5b4-2d11-453d-a403-e96b0029c9fe')
  scope: account::blobService::adapters
  properties: {
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
    )
    principalId: gpuHostPrincipalId
    principalType: 'ServicePrincipal'
  }
}

// Storage Blob Data Contributor: job state, events and checkpoints.
resource gpuHostJobState 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account::blobService::gpuHostJobs.id, gpuHostPrincipalId, 'ba92f5b4-2d11-453d-a403-e96b0029c9fe')
  scope: account::blobService::gpuHostJobs
  properties: {
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
    )
    principalId: gpuHostPrincipalId
    principalType: 'ServicePrincipal'
  }
}

// Storage Blob Data Reader: the base model GGUF and promoted adapters the inference endpoint loads.
resource gpuHostModels 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account::blobService::models.id, gpuHostPrincipalId, '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1')
  scope: account::blobService::models
  properties: {
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1'
    )
    principalId: gpuHostPrincipalId
    principalType: 'ServicePrincipal'
  }
}

// Key Vault Crypto User, on the adapter key only: wraps the data key of every adapter and checkpoint it seals and unwraps
// it before loading (envelope encryption). The GPU host reads no Key Vault secret, so it has no secrets role.
resource gpuHostCrypto 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault::adapterKey.id, gpuHostPrincipalId, '12338af0-0e69-4776-bea7-57ae8d297424')
  scope: vault::adapterKey
  properties: {
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      '12338af0-0e69-4776-bea7-57ae8d297424'
    )
    principalId: gpuHostPrincipalId
    principalType: 'ServicePrincipal'
  }
}

// AcrPull: the container app pulls its image with this identity (no registry credentials).
resource gpuHostPull 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(registry.id, gpuHostPrincipalId, '7f951dda-4ed3-4680-a7ca-43fe172d538d')
  scope: registry
  properties: {
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      '7f951dda-4ed3-4680-a7ca-43fe172d538d'
    )
    principalId: gpuHostPrincipalId
    principalType: 'ServicePrincipal'
  }
}

// Monitoring Metrics Publisher
resource gpuHostTelemetry 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(appInsights.id, gpuHostPrincipalId, '3913510d-42f4-4e42-8a64-420c390055eb')
  scope: appInsights
  properties: {
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      '3913510d-42f4-4e42-8a64-420c390055eb'
    )
    principalId: gpuHostPrincipalId
    principalType: 'ServicePrincipal'
  }
}

// ---------- Operator (optional): the person or group that uploads the base model, creates the
// pseudonymisation secret and pushes the GPU host image after deployment.

// Storage Blob Data Contributor, on the models container only.
resource operatorModels 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(operatorPrincipalId)) {
  name: guid(account::blobService::models.id, operatorPrincipalId, 'ba92f5b4-2d11-453d-a403-e96b0029c9fe')
  scope: account::blobService::models
  properties: {
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
    )
    principalId: operatorPrincipalId
    principalType: operatorPrincipalType
  }
}

// Key Vault Secrets Officer: create and rotate the pseudonymisation secret.
resource operatorSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(operatorPrincipalId)) {
  name: guid(vault.id, operatorPrincipalId, 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7')
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'
    )
    principalId: operatorPrincipalId
    principalType: operatorPrincipalType
  }
}

// AcrPush: azd deploy pushes the GPU host image.
resource operatorPush 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(operatorPrincipalId)) {
  name: guid(registry.id, operatorPrincipalId, '8311e382-0749-4cb8-b61a-ac4b1e7ad8a4')
  scope: registry
  properties: {
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      '8311e382-0749-4cb8-b61a-ac4b1e7ad8a4'
    )
    principalId: operatorPrincipalId
    principalType: operatorPrincipalType
  }
}

@description('Name of the GPU host AcrPull assignment (the container app is deployed after it).')
output name string = gpuHostPull.name

@description('Resource id of the GPU host AcrPull assignment.')
output resourceId string = gpuHostPull.id
