// The pipeline's Function app on Flex Consumption (.NET 10 isolated): private endpoint only, VNet-integrated,
// user-assigned identity for everything (host storage, deployment package, Key Vault, telemetry), no secrets
// in app settings: the one secret it uses is read from Key Vault at run time.
import { tagsType, diagnosticsTarget } from 'types.bicep'

@description('Azure region for the Function app.')
param location string

@description('Resource token used to derive unique names.')
param resourceToken string

@description('Tags applied to every resource.')
param tags tagsType

@description('azd service name of the Function app (must match azure.yaml).')
param serviceName string

@description('Resource id of the Functions user-assigned identity.')
param identityId string

@description('Client id of the Functions user-assigned identity.')
param identityClientId string

@description('Storage account name (host storage, deployment package and pipeline data).')
param storageAccountName string

@description('Blob endpoint of the storage account (ends with a slash).')
param blobEndpoint string

@description('Name of the intake queue the BlobCreated events arrive on.')
param intakeQueueName string

@description('Key Vault URI.')
param keyVaultUri string

@description('Base URL of the GPU host (internal ingress of the Container Apps environment).')
param gpuHostBaseUrl string

@description('Application Insights connection string (not a secret: local auth is disabled).')
param appInsightsConnectionString string

@description('SHA-256 of the base model GGUF, recorded in every manifest.')
param baseModelSha256 string

@description('Entra ID tenant that issues tokens for the pipeline API.')
param apiTenantId string

@description('Application ID URI (audience) of the Entra app registration that defines the app roles.')
param apiAudience string

@description('Maximum instances the Flex Consumption plan scales out to.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int

@description('Memory per instance in MB.')
@allowed([512, 2048, 4096])
param instanceMemoryMB int

@description('Subnet for VNet integration (delegated to Microsoft.App/environments).')
param integrationSubnetId string

@description('Subnet for the private endpoint.')
param privateEndpointsSubnetId string

@description('Private DNS zone id for privatelink.azurewebsites.net.')
param sitesZoneId string

@description('Diagnostics destination.')
param diagnostics diagnosticsTarget

resource plan 'Microsoft.Web/serverfarms@2024-11-01' = {
  name: 'plan-${resourceToken}'
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource app 'Microsoft.Web/sites@2024-11-01' = {
  name: 'func-${resourceToken}'
  location: location
  tags: union(tags, { 'azd-service-name': serviceName })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    publicNetworkAccess: 'Disabled'
    virtualNetworkSubnetId: integrationSubnetId
    // Should a Key Vault reference be added to the settings, it resolves with this identity over the VNet.
    keyVaultReferenceIdentity: identityId
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${blobEndpoint}deploymentpackage'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      remoteDebuggingEnabled: false
      ipSecurityRestrictionsDefaultAction: 'Deny'
      scmIpSecurityRestrictionsDefaultAction: 'Deny'
      appSettings: [
        // Identity-based host storage: no connection string, no key.
        { name: 'AzureWebJobsStorage__accountName', value: storageAccountName }
        { name: 'AzureWebJobsStorage__credential', value: 'managedidentity' }
        { name: 'AzureWebJobsStorage__clientId', value: identityClientId }
        { name: 'AZURE_CLIENT_ID', value: identityClientId }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: appInsightsConnectionString }
        // Local auth is disabled on Application Insights: the SDK authenticates with the identity.
        { name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING', value: 'ClientId=${identityClientId};Authorization=AAD' }
        // The names the app's options read (functions/Pipeline.Functions/PipelineRunOptions.cs and the sections
        // bound in PipelineFunctionsExtensions); checked by Infra.Tests.
        { name: 'Pipeline__BlobServiceUri', value: blobEndpoint }
        { name: 'Pipeline__ManagedIdentityClientId', value: identityClientId }
        { name: 'Pipeline__IntakeQueueName', value: intakeQueueName }
        { name: 'Pipeline__KeyVaultUri', value: keyVaultUri }
        { name: 'Pipeline__BaseModel', value: 'base' }
        { name: 'Pipeline__BaseModelSha256', value: baseModelSha256 }
        { name: 'GpuHost__BaseAddress', value: gpuHostBaseUrl }
        // The app calls the GPU host with a managed-identity token for the API's own audience; the GPU host
        // accepts that audience only from this identity (Auth__AllowedCallers there).
        { name: 'Inference__GpuHostAudience', value: apiAudience }
        { name: 'Auth__Authority', value: '${environment().authentication.loginEndpoint}${apiTenantId}/v2.0' }
        { name: 'Auth__Audience', value: apiAudience }
        // A fixed generation-0 budget (16 MiB, hexadecimal) instead of the runtime's estimate from the processor's cache,
        // so masking a dataset costs the same memory on any instance (functions/Masking/MaskingHostSettings.cs).
        { name: 'DOTNET_GCgen0size', value: '1000000' }
      ]
    }
  }
}

// Basic (user name/password) publishing is off for both FTP and SCM: deployments use Entra ID only.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: app
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: app
  name: 'scm'
  properties: {
    allow: false
  }
}

resource planDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'diag-plan'
  scope: plan
  properties: {
    workspaceId: diagnostics.workspaceId
    metrics: [
      { category: 'AllMetrics', enabled: true }
    ]
  }
}

resource appDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'diag-functions'
  scope: app
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

// The only inbound path to the Function app (and its SCM site).
resource privateEndpoint 'Microsoft.Network/privateEndpoints@2024-07-01' = {
  name: 'pe-${app.name}'
  location: location
  tags: tags
  properties: {
    subnet: {
      id: privateEndpointsSubnetId
    }
    privateLinkServiceConnections: [
      {
        name: 'sites'
        properties: {
          privateLinkServiceId: app.id
          groupIds: ['sites']
        }
      }
    ]
  }

  resource zoneGroup 'privateDnsZoneGroups' = {
    name: 'default'
    properties: {
      privateDnsZoneConfigs: [
        {
          name: 'sites'
          properties: {
            privateDnsZoneId: sitesZoneId
          }
        }
      ]
    }
  }
}

resource privateEndpointDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'diag-pe-sites'
  scope: privateEndpoint
  properties: {
    workspaceId: diagnostics.workspaceId
    metrics: [
      { category: 'AllMetrics', enabled: true }
    ]
  }
}

@description('Function app name.')
output name string = app.name

@description('Function app resource id.')
output resourceId string = app.id

@description('Function app default host name (resolves to the private endpoint inside the VNet).')
output defaultHostName string = app.properties.defaultHostName
