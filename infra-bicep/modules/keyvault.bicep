// Key Vault: RBAC-only, purge-protected, private. Holds the storage CMK and the adapter key-encryption key.
// No secret has a value in this template: the pseudonymisation secret is created after deployment (docs).
import { tagsType, diagnosticsTarget } from 'types.bicep'

@description('Azure region for the vault.')
param location string

@description('Resource token used to derive unique names.')
param resourceToken string

@description('Tags applied to every resource.')
param tags tagsType

@description('Days a deleted vault or key stays recoverable.')
@minValue(7)
@maxValue(90)
param softDeleteRetentionInDays int

@description('Subnet for the private endpoint.')
param privateEndpointsSubnetId string

@description('Private DNS zone id for privatelink.vaultcore.azure.net.')
param vaultZoneId string

@description('Principal id of the identity the storage account uses to reach its customer-managed key.')
param storageEncryptionPrincipalId string

@description('Diagnostics destination.')
param diagnostics diagnosticsTarget

// Key Vault names are limited to 24 characters.
var vaultName = take('kv-${resourceToken}', 24)

resource vault 'Microsoft.KeyVault/vaults@2024-11-01' = {
  name: vaultName
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'premium'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: softDeleteRetentionInDays
    // Purge protection is required for storage CMK and makes key deletion (crypto-shredding) deliberate.
    enablePurgeProtection: true
    enabledForDeployment: false
    enabledForDiskEncryption: false
    enabledForTemplateDeployment: false
    publicNetworkAccess: 'Disabled'
    networkAcls: {
      defaultAction: 'Deny'
      // Storage reaches its CMK as a trusted service; nothing else bypasses the firewall.
      bypass: 'AzureServices'
      ipRules: []
      virtualNetworkRules: []
    }
  }
}

var rotationPolicy = {
  attributes: {
    expiryTime: 'P2Y'
  }
  lifetimeActions: [
    {
      trigger: {
        timeAfterCreate: 'P1Y'
      }
      action: {
        type: 'rotate'
      }
    }
    {
      trigger: {
        timeBeforeExpiry: 'P30D'
      }
      action: {
        type: 'notify'
      }
    }
  ]
}

// Customer-managed key for the storage account (blob, queue and table encryption at rest).
resource storageKey 'Microsoft.KeyVault/vaults/keys@2024-11-01' = {
  parent: vault
  name: 'storage-cmk'
  properties: {
    kty: 'RSA-HSM'
    keySize: 3072
    keyOps: ['wrapKey', 'unwrapKey']
    rotationPolicy: rotationPolicy
  }
}

// Key-encryption key for adapters and training checkpoints: each is encrypted with its own AES-256-GCM data key,
// which the GPU host wraps with this key (RSA-OAEP-256; Key Vault has no symmetric keys outside Managed HSM) and
// stores with the blob, together with the key version that wrapped it. Rotation adds versions; older versions keep
// unwrapping what they wrapped. Disabling or deleting a version makes everything it wrapped unreadable at once.
resource adapterKey 'Microsoft.KeyVault/vaults/keys@2024-11-01' = {
  parent: vault
  name: 'adapter-kek'
  properties: {
    kty: 'RSA-HSM'
    keySize: 3072
    keyOps: ['wrapKey', 'unwrapKey']
    rotationPolicy: rotationPolicy
  }
}

// Key Vault Crypto Service Encryption User, on the storage key only: the storage account can wrap/unwrap
// with its CMK and nothing else.
resource storageKeyAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storageKey.id, storageEncryptionPrincipalId, 'e147488a-f6f5-4113-8e2d-b22465e65bf6')
  scope: storageKey
  properties: {
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      'e147488a-f6f5-4113-8e2d-b22465e65bf6'
    )
    principalId: storageEncryptionPrincipalId
    principalType: 'ServicePrincipal'
  }
}

resource vaultDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'diag-keyvault'
  scope: vault
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

// The only network path to the vault.
resource privateEndpoint 'Microsoft.Network/privateEndpoints@2024-07-01' = {
  name: 'pe-${vault.name}'
  location: location
  tags: tags
  properties: {
    subnet: {
      id: privateEndpointsSubnetId
    }
    privateLinkServiceConnections: [
      {
        name: 'vault'
        properties: {
          privateLinkServiceId: vault.id
          groupIds: ['vault']
        }
      }
    ]
  }

  resource zoneGroup 'privateDnsZoneGroups' = {
    name: 'default'
    properties: {
      privateDnsZoneConfigs: [
        {
          name: 'vault'
          properties: {
            privateDnsZoneId: vaultZoneId
          }
        }
      ]
    }
  }
}

resource privateEndpointDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'diag-pe-vault'
  scope: privateEndpoint
  properties: {
    workspaceId: diagnostics.workspaceId
    metrics: [
      { category: 'AllMetrics', enabled: true }
    ]
  }
}

@description('Key Vault name.')
output name string = vault.name

@description('Key Vault resource id.')
output resourceId string = vault.id

@description('Key Vault URI.')
output vaultUri string = vault.properties.vaultUri

@description('Name of the storage customer-managed key.')
output storageKeyName string = storageKey.name

@description('Name of the adapter key-encryption key.')
output adapterKeyName string = adapterKey.name
