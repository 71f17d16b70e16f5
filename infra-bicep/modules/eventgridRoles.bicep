// Roles of the Event Grid system topic's system-assigned identity. A separate module because that principal id
// exists only after the topic is created, and role-assignment names are guid(scope, principalId, role).
import { principalKind } from 'types.bicep'

@description('Storage account name.')
param storageAccountName string

@description('Intake queue name.')
param intakeQueueName string

@description('Principal id of the system topic identity.')
param principalId string

@description('Type of the principal (always a service principal for a managed identity).')
param principalType principalKind = 'ServicePrincipal'

resource account 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: storageAccountName

  resource queueService 'queueServices' existing = {
    name: 'default'

    resource intakeQueue 'queues' existing = {
      name: intakeQueueName
    }
  }

  resource blobService 'blobServices' existing = {
    name: 'default'

    resource deadLetter 'containers' existing = {
      name: 'eventgrid-deadletter'
    }
  }
}

// Storage Queue Data Message Sender, on the intake queue only.
resource queueSender 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account::queueService::intakeQueue.id, principalId, 'c6a89b2d-59bc-44d0-9896-0f6e12d7b80a')
  scope: account::queueService::intakeQueue
  properties: {
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      'c6a89b2d-59bc-44d0-9896-0f6e12d7b80a'
    )
    principalId: principalId
    principalType: principalType
  }
}

// Storage Blob Data Contributor, on the dead-letter container only.
resource deadLetterWriter 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account::blobService::deadLetter.id, principalId, 'ba92f5b4-2d11-453d-a403-e96b0029c9fe')
  scope: account::blobService::deadLetter
  properties: {
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
    )
    principalId: principalId
    principalType: principalType
  }
}

@description('Name of the queue sender assignment.')
output name string = queueSender.name

@description('Resource id of the queue sender assignment.')
output resourceId string = queueSender.id
