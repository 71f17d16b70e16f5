// Azure Monitor Private Link Scope: with public ingestion and query disabled on the workspace and
// Application Insights, telemetry from the VNet and operators' queries reach them only through this scope.
import { tagsType, diagnosticsTarget } from 'types.bicep'

@description('Azure region for the private endpoint.')
param location string

@description('Resource token used to derive unique names.')
param resourceToken string

@description('Tags applied to every resource.')
param tags tagsType

@description('Log Analytics workspace name.')
param workspaceName string

@description('Application Insights name.')
param appInsightsName string

@description('Subnet for the private endpoint.')
param privateEndpointsSubnetId string

@description('Private DNS zone ids: monitor, oms, ods, agentsvc, blob.')
param monitorZoneIds string[]

@description('Diagnostics destination.')
param diagnostics diagnosticsTarget

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' existing = {
  name: workspaceName
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

resource privateLinkScope 'Microsoft.Insights/privateLinkScopes@2021-07-01-preview' = {
  name: 'ampls-${resourceToken}'
  location: 'global'
  tags: tags
  properties: {
    accessModeSettings: {
      ingestionAccessMode: 'PrivateOnly'
      queryAccessMode: 'PrivateOnly'
    }
  }

  resource scopedWorkspace 'scopedResources' = {
    name: 'scoped-workspace'
    properties: {
      linkedResourceId: workspace.id
    }
  }

  resource scopedAppInsights 'scopedResources' = {
    name: 'scoped-appinsights'
    properties: {
      linkedResourceId: appInsights.id
    }
  }
}

resource privateEndpoint 'Microsoft.Network/privateEndpoints@2024-07-01' = {
  name: 'pe-${privateLinkScope.name}'
  location: location
  tags: tags
  properties: {
    subnet: {
      id: privateEndpointsSubnetId
    }
    privateLinkServiceConnections: [
      {
        name: 'azuremonitor'
        properties: {
          privateLinkServiceId: privateLinkScope.id
          groupIds: ['azuremonitor']
        }
      }
    ]
  }

  resource zoneGroup 'privateDnsZoneGroups' = {
    name: 'default'
    properties: {
      privateDnsZoneConfigs: [
        for (zoneId, i) in monitorZoneIds: {
          name: 'zone-${i}'
          properties: {
            privateDnsZoneId: monitorZoneIds[i]
          }
        }
      ]
    }
  }
}

resource privateEndpointDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'diag-pe-ampls'
  scope: privateEndpoint
  properties: {
    workspaceId: diagnostics.workspaceId
    metrics: [
      { category: 'AllMetrics', enabled: true }
    ]
  }
}

@description('Private link scope name.')
output name string = privateLinkScope.name

@description('Private link scope resource id.')
output resourceId string = privateLinkScope.id
