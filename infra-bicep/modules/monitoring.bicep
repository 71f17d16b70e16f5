// Monitoring: Log Analytics + workspace-based Application Insights with local (key) authentication disabled,
// reached only through the Azure Monitor Private Link Scope (monitoringPrivateLink.bicep).
import { tagsType } from 'types.bicep'

@description('Azure region for the monitoring resources.')
param location string

@description('Resource token used to derive unique names.')
param resourceToken string

@description('Tags applied to every resource.')
param tags tagsType

@description('Log Analytics retention in days.')
@minValue(30)
@maxValue(730)
param retentionInDays int

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: 'log-${resourceToken}'
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
    features: {
      // Agents must authenticate with Entra ID; workspace shared keys are not accepted.
      disableLocalAuth: true
      enableLogAccessUsingOnlyResourcePermissions: true
    }
    publicNetworkAccessForIngestion: 'Disabled'
    publicNetworkAccessForQuery: 'Disabled'
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: 'appi-${resourceToken}'
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    // Telemetry is accepted only with an Entra token (Monitoring Metrics Publisher), never with the iKey alone.
    DisableLocalAuth: true
    publicNetworkAccessForIngestion: 'Disabled'
    publicNetworkAccessForQuery: 'Disabled'
  }
}

resource workspaceDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'diag-workspace'
  scope: workspace
  properties: {
    workspaceId: workspace.id
    logs: [
      { categoryGroup: 'audit', enabled: true }
    ]
    metrics: [
      { category: 'AllMetrics', enabled: true }
    ]
  }
}

resource appInsightsDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'diag-appinsights'
  scope: appInsights
  properties: {
    workspaceId: workspace.id
    // Telemetry already lands in the workspace; only platform metrics are added here.
    metrics: [
      { category: 'AllMetrics', enabled: true }
    ]
  }
}

@description('Log Analytics workspace name.')
output name string = workspace.name

@description('Log Analytics workspace resource id.')
output resourceId string = workspace.id

@description('Application Insights name.')
output appInsightsName string = appInsights.name

@description('Application Insights resource id.')
output appInsightsResourceId string = appInsights.id

@description('Application Insights connection string (not a secret: local auth is disabled, ingestion needs Entra).')
output appInsightsConnectionString string = appInsights.properties.ConnectionString
