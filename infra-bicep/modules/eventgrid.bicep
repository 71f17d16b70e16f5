// Intake: the storage account's Event Grid system topic delivers BlobCreated events for datasets/incoming/
// to a storage queue with a managed identity. Flex Consumption only has Event Grid-based blob triggers,
// and a webhook subscription would need a public endpoint; a queue keeps everything private.
//
// The topic uses its system-assigned identity: Event Grid can reach a firewalled storage account as a trusted
// service only with a system-assigned identity (user-assigned identities are refused there). The identity
// exists only once the topic does, so its role assignments (eventgridRoles.bicep) are deployed here, between
// the topic and the subscription.
import { tagsType, diagnosticsTarget } from 'types.bicep'

@description('Azure region of the storage account (system topics live with their source).')
param location string

@description('Resource token used to derive unique names.')
param resourceToken string

@description('Tags applied to every resource.')
param tags tagsType

@description('Storage account name (event source and queue host).')
param storageAccountName string

@description('Intake queue name.')
param intakeQueueName string

@description('Diagnostics destination.')
param diagnostics diagnosticsTarget

resource account 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: storageAccountName
}

resource topic 'Microsoft.EventGrid/systemTopics@2025-02-15' = {
  name: 'evgt-${resourceToken}'
  location: location
  tags: tags
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    source: account.id
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

module roles 'eventgridRoles.bicep' = {
  name: 'roles-${topic.name}'
  params: {
    storageAccountName: storageAccountName
    intakeQueueName: intakeQueueName
    principalId: topic.identity.principalId
  }
}

resource intake 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2025-02-15' = {
  parent: topic
  name: 'dataset-intake'
  // Delivery is authorised by the role assignments above; create them first.
  dependsOn: [roles]
  properties: {
    eventDeliverySchema: 'EventGridSchema'
    filter: {
      includedEventTypes: ['Microsoft.Storage.BlobCreated']
      subjectBeginsWith: '/blobServices/default/containers/datasets/blobs/incoming/'
      subjectEndsWith: '.jsonl'
      isSubjectCaseSensitive: false
    }
    deliveryWithResourceIdentity: {
      identity: {
        type: 'SystemAssigned'
      }
      destination: {
        endpointType: 'StorageQueue'
        properties: {
          resourceId: account.id
          queueName: intakeQueueName
          // Never expire: a run must start even if the Function app was stopped for a while.
          queueMessageTimeToLiveInSeconds: -1
        }
      }
    }
    retryPolicy: {
      maxDeliveryAttempts: 30
      eventTimeToLiveInMinutes: 1440
    }
    deadLetterWithResourceIdentity: {
      identity: {
        type: 'SystemAssigned'
      }
      deadLetterDestination: {
        endpointType: 'StorageBlob'
        properties: {
          resourceId: account.id
          blobContainerName: 'eventgrid-deadletter'
        }
      }
    }
  }
}

resource topicDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'diag-eventgrid'
  scope: topic
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

@description('System topic name.')
output name string = topic.name

@description('System topic resource id.')
output resourceId string = topic.id
