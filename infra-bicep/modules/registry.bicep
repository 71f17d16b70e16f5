// Private container registry for the GPU host image: Premium (the only SKU with private endpoints),
// no admin user, no anonymous pull, no public network access; images are pulled with a managed identity.
import { tagsType, diagnosticsTarget } from 'types.bicep'

@description('Azure region for the registry.')
param location string

@description('Resource token used to derive unique names (lowercase letters and digits).')
@minLength(5)
param resourceToken string

@description('Tags applied to every resource.')
param tags tagsType

@description('Subnet for the private endpoint.')
param privateEndpointsSubnetId string

@description('Private DNS zone id for privatelink.azurecr.io.')
param registryZoneId string

@description('Diagnostics destination.')
param diagnostics diagnosticsTarget

resource registry 'Microsoft.ContainerRegistry/registries@2025-11-01' = {
  name: take('cr${resourceToken}', 50)
  location: location
  tags: tags
  sku: {
    name: 'Premium'
  }
  properties: {
    adminUserEnabled: false
    anonymousPullEnabled: false
    publicNetworkAccess: 'Disabled'
    networkRuleBypassOptions: 'None'
    dataEndpointEnabled: true
    networkRuleSet: {
      defaultAction: 'Deny'
    }
    policies: {
      // Images cannot be exported out of the registry (only allowed while public access is disabled).
      exportPolicy: {
        status: 'disabled'
      }
      retentionPolicy: {
        status: 'enabled'
        days: 30
      }
    }
  }
}

resource registryDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'diag-registry'
  scope: registry
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

// The only network path to the registry (login server and data endpoint).
resource privateEndpoint 'Microsoft.Network/privateEndpoints@2024-07-01' = {
  name: 'pe-${registry.name}'
  location: location
  tags: tags
  properties: {
    subnet: {
      id: privateEndpointsSubnetId
    }
    privateLinkServiceConnections: [
      {
        name: 'registry'
        properties: {
          privateLinkServiceId: registry.id
          groupIds: ['registry']
        }
      }
    ]
  }

  resource zoneGroup 'privateDnsZoneGroups' = {
    name: 'default'
    properties: {
      privateDnsZoneConfigs: [
        {
          name: 'registry'
          properties: {
            privateDnsZoneId: registryZoneId
          }
        }
      ]
    }
  }
}

resource privateEndpointDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'diag-pe-registry'
  scope: privateEndpoint
  properties: {
    workspaceId: diagnostics.workspaceId
    metrics: [
      { category: 'AllMetrics', enabled: true }
    ]
  }
}

@description('Registry name.')
output name string = registry.name

@description('Registry resource id.')
output resourceId string = registry.id

@description('Registry login server.')
output loginServer string = registry.properties.loginServer
