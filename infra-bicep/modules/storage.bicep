// Storage: the only data store of the product. Private endpoints only, Entra ID only (no shared keys),
// encrypted with a customer-managed key, versioned and soft-deleted, with a WORM-protected audit container.
import { tagsType, diagnosticsTarget } from 'types.bicep'

@description('Azure region for the storage account.')
param location string

@description('Resource token used to derive unique names (lowercase letters and digits).')
@minLength(5)
param resourceToken string

@description('Tags applied to every resource.')
param tags tagsType

@description('Storage redundancy SKU.')
@allowed(['Standard_LRS', 'Standard_ZRS', 'Standard_GZRS'])
param skuName string

@description('Days deleted blobs, versions and containers stay recoverable; point-in-time restore reaches one day less.')
@minValue(2)
@maxValue(365)
param softDeleteRetentionInDays int

@description('Days audit blobs are immutable (time-based WORM retention) after creation.')
@minValue(1)
@maxValue(146000)
param auditImmutabilityInDays int

@description('Days after which raw uploads still under datasets/incoming/ or datasets/quarantine/ (and old raw versions) are deleted.')
@minValue(1)
@maxValue(365)
param rawDataRetentionInDays int

@description('Key Vault URI that holds the customer-managed key.')
param keyVaultUri string

@description('Name of the customer-managed key in the vault.')
param keyName string

@description('Resource id of the user-assigned identity the account uses to reach its key.')
param encryptionIdentityId string

@description('Subnet for the private endpoints.')
param privateEndpointsSubnetId string

@description('Private DNS zone id for blob.')
param blobZoneId string

@description('Private DNS zone id for queue.')
param queueZoneId string

@description('Private DNS zone id for table.')
param tableZoneId string

@description('Diagnostics destination.')
param diagnostics diagnosticsTarget

// Storage account names: 3-24 lowercase letters and digits.
var accountName = take('st${resourceToken}', 24)

// Queue that receives BlobCreated events for datasets/incoming/.
var intakeQueueName = 'dataset-intake'

resource account 'Microsoft.Storage/storageAccounts@2025-01-01' = {
  name: accountName
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: skuName
  }
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${encryptionIdentityId}': {}
    }
  }
  properties: {
    accessTier: 'Hot'
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
    publicNetworkAccess: 'Disabled'
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    isHnsEnabled: false
    isLocalUserEnabled: false
    isSftpEnabled: false
    networkAcls: {
      defaultAction: 'Deny'
      // Event Grid delivers to the intake queue with its managed identity as a trusted service.
      bypass: 'AzureServices'
      ipRules: []
      virtualNetworkRules: []
    }
    encryption: {
      keySource: 'Microsoft.Keyvault'
      // No key version: the account follows the key's rotation policy automatically.
      keyvaultproperties: {
        keyvaulturi: keyVaultUri
        keyname: keyName
      }
      identity: {
        userAssignedIdentity: encryptionIdentityId
      }
      requireInfrastructureEncryption: true
      services: {
        blob: {
          enabled: true
          keyType: 'Account'
        }
        file: {
          enabled: true
          keyType: 'Account'
        }
        // Queue and table must be created with Account-scoped keys to be covered by the CMK.
        queue: {
          enabled: true
          keyType: 'Account'
        }
        table: {
          enabled: true
          keyType: 'Account'
        }
      }
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2025-01-01' = {
  parent: account
  name: 'default'
  properties: {
    isVersioningEnabled: true
    changeFeed: {
      enabled: true
      retentionInDays: softDeleteRetentionInDays
    }
    deleteRetentionPolicy: {
      enabled: true
      days: softDeleteRetentionInDays
    }
    containerDeleteRetentionPolicy: {
      enabled: true
      days: softDeleteRetentionInDays
    }
    // Point-in-time restore of block blobs (registry, policies, reports) after a bad deployment or a mistaken bulk
    // write; it must end a day before soft delete does. Immutable audit blobs are not rolled back by it.
    restorePolicy: {
      enabled: true
      days: softDeleteRetentionInDays - 1
    }
  }
}

// Raw uploads: incoming/{team}/{name}.jsonl and quarantine/ are prefixes in it.
resource datasetsContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = {
  parent: blobService
  name: 'datasets'
  properties: {
    publicAccess: 'None'
  }
}

// Masked datasets, the only training input the GPU host can read.
resource maskedContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = {
  parent: blobService
  name: 'masked'
  properties: {
    publicAccess: 'None'
  }
}

// Encrypted LoRA adapters and training checkpoints written by the GPU host.
resource adaptersContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = {
  parent: blobService
  name: 'adapters'
  properties: {
    publicAccess: 'None'
  }
}

// The GPU host's fine-tune job state, events and encrypted checkpoints (so a restarted host resumes its job).
resource gpuHostJobsContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = {
  parent: blobService
  name: 'gpu-host-jobs'
  properties: {
    publicAccess: 'None'
  }
}

// Model registry: the base model GGUF and promoted adapter versions.
resource modelsContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = {
  parent: blobService
  name: 'models'
  properties: {
    publicAccess: 'None'
  }
}

// Versioned gate policies (JSON).
resource policiesContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = {
  parent: blobService
  name: 'policies'
  properties: {
    publicAccess: 'None'
  }
}

// Append-only, hash-chained audit log (WORM, below).
resource auditContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = {
  parent: blobService
  name: 'audit'
  properties: {
    publicAccess: 'None'
    // Version-level WORM: the account is versioned, and every version written here inherits the default
    // time-based policy below.
    immutableStorageWithVersioning: {
      enabled: true
    }
  }
}

// Flex Consumption deployment packages of the Function app.
resource deploymentContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = {
  parent: blobService
  name: 'deploymentpackage'
  properties: {
    publicAccess: 'None'
  }
}

// Events Event Grid could not deliver to the intake queue.
resource deadLetterContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = {
  parent: blobService
  name: 'eventgrid-deadletter'
  properties: {
    publicAccess: 'None'
  }
}

// Default time-based retention on the audit container: hash-chained audit lines can be appended (protected
// append writes to append blobs) but no blob can be modified or deleted before the period ends. Locking the policy is irreversible
// and is a documented post-deployment step for production.
resource auditImmutability 'Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies@2025-01-01' = {
  parent: auditContainer
  name: 'default'
  properties: {
    immutabilityPeriodSinceCreationInDays: auditImmutabilityInDays
    allowProtectedAppendWrites: true
  }
}

// Raw data must not linger: what the pipeline did not delete (failed runs, quarantine) and superseded raw
// versions kept by versioning are removed after the retention period; superseded versions of derived data
// (masked splits, adapters, checkpoints, registry copies) after the soft-delete period.
resource lifecycle 'Microsoft.Storage/storageAccounts/managementPolicies@2025-01-01' = {
  parent: account
  name: 'default'
  properties: {
    policy: {
      rules: [
        {
          name: 'expire-raw-datasets'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: {
              blobTypes: ['blockBlob']
              prefixMatch: ['datasets/incoming/', 'datasets/quarantine/']
            }
            actions: {
              baseBlob: {
                delete: {
                  daysAfterModificationGreaterThan: rawDataRetentionInDays
                }
              }
              version: {
                delete: {
                  daysAfterCreationGreaterThan: rawDataRetentionInDays
                }
              }
            }
          }
        }
        {
          // Deleting a blob under versioning keeps its bytes as a previous version, indefinitely. Adapters, their
          // checkpoints and the registry's copies are derived from personal data: when a model version is retired (an
          // erasure request) or a blob is overwritten, the old bytes stay recoverable for the soft-delete period only.
          name: 'expire-superseded-model-bytes'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: {
              blobTypes: ['blockBlob']
              prefixMatch: ['adapters/', 'gpu-host-jobs/', 'models/', 'masked/']
            }
            actions: {
              version: {
                delete: {
                  daysAfterCreationGreaterThan: softDeleteRetentionInDays
                }
              }
            }
          }
        }
      ]
    }
  }
}

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2025-01-01' = {
  parent: account
  name: 'default'
}

resource intakeQueue 'Microsoft.Storage/storageAccounts/queueServices/queues@2025-01-01' = {
  parent: queueService
  name: intakeQueueName
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2025-01-01' = {
  parent: account
  name: 'default'
}

resource accountDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'diag-storage'
  scope: account
  properties: {
    workspaceId: diagnostics.workspaceId
    metrics: [
      { category: 'Transaction', enabled: true }
    ]
  }
}

resource blobDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'diag-blob'
  scope: blobService
  properties: {
    workspaceId: diagnostics.workspaceId
    logs: [
      { categoryGroup: 'allLogs', enabled: true }
    ]
    metrics: [
      { category: 'Transaction', enabled: true }
    ]
  }
}

resource queueDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'diag-queue'
  scope: queueService
  properties: {
    workspaceId: diagnostics.workspaceId
    logs: [
      { categoryGroup: 'allLogs', enabled: true }
    ]
    metrics: [
      { category: 'Transaction', enabled: true }
    ]
  }
}

resource tableDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'diag-table'
  scope: tableService
  properties: {
    workspaceId: diagnostics.workspaceId
    logs: [
      { categoryGroup: 'allLogs', enabled: true }
    ]
    metrics: [
      { category: 'Transaction', enabled: true }
    ]
  }
}

resource blobEndpoint 'Microsoft.Network/privateEndpoints@2024-07-01' = {
  name: 'pe-${account.name}-blob'
  location: location
  tags: tags
  properties: {
    subnet: {
      id: privateEndpointsSubnetId
    }
    privateLinkServiceConnections: [
      {
        name: 'blob'
        properties: {
          privateLinkServiceId: account.id
          groupIds: ['blob']
        }
      }
    ]
  }

  resource zoneGroup 'privateDnsZoneGroups' = {
    name: 'default'
    properties: {
      privateDnsZoneConfigs: [
        {
          name: 'blob'
          properties: {
            privateDnsZoneId: blobZoneId
          }
        }
      ]
    }
  }
}

resource blobEndpointDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'diag-pe-blob'
  scope: blobEndpoint
  properties: {
    workspaceId: diagnostics.workspaceId
    metrics: [
      { category: 'AllMetrics', enabled: true }
    ]
  }
}

resource queueEndpoint 'Microsoft.Network/privateEndpoints@2024-07-01' = {
  name: 'pe-${account.name}-queue'
  location: location
  tags: tags
  properties: {
    subnet: {
      id: privateEndpointsSubnetId
    }
    privateLinkServiceConnections: [
      {
        name: 'queue'
        properties: {
          privateLinkServiceId: account.id
          groupIds: ['queue']
        }
      }
    ]
  }

  resource zoneGroup 'privateDnsZoneGroups' = {
    name: 'default'
    properties: {
      privateDnsZoneConfigs: [
        {
          name: 'queue'
          properties: {
            privateDnsZoneId: queueZoneId
          }
        }
      ]
    }
  }
}

resource queueEndpointDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'diag-pe-queue'
  scope: queueEndpoint
  properties: {
    workspaceId: diagnostics.workspaceId
    metrics: [
      { category: 'AllMetrics', enabled: true }
    ]
  }
}

resource tableEndpoint 'Microsoft.Network/privateEndpoints@2024-07-01' = {
  name: 'pe-${account.name}-table'
  location: location
  tags: tags
  properties: {
    subnet: {
      id: privateEndpointsSubnetId
    }
    privateLinkServiceConnections: [
      {
        name: 'table'
        properties: {
          privateLinkServiceId: account.id
          groupIds: ['table']
        }
      }
    ]
  }

  resource zoneGroup 'privateDnsZoneGroups' = {
    name: 'default'
    properties: {
      privateDnsZoneConfigs: [
        {
          name: 'table'
          properties: {
            privateDnsZoneId: tableZoneId
          }
        }
      ]
    }
  }
}

resource tableEndpointDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'diag-pe-table'
  scope: tableEndpoint
  properties: {
    workspaceId: diagnostics.workspaceId
    metrics: [
      { category: 'AllMetrics', enabled: true }
    ]
  }
}

@description('Storage account name.')
output name string = account.name

@description('Storage account resource id.')
output resourceId string = account.id

@description('Blob endpoint URL.')
output blobEndpoint string = account.properties.primaryEndpoints.blob

@description('Queue endpoint URL.')
output queueEndpoint string = account.properties.primaryEndpoints.queue

@description('Table endpoint URL.')
output tableEndpoint string = account.properties.primaryEndpoints.table

@description('Name of the intake queue.')
output intakeQueueName string = intakeQueue.name
