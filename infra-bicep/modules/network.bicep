// Network: one VNet with three subnets (Functions integration, private endpoints, Container Apps
// environment), an NSG on every subnet, and the private DNS zones every private endpoint registers in.
// Resources are written out one by one (no loops) so the compiled template states every subnet, NSG and
// zone literally; reviewers and the security baseline tests read it without evaluating copy loops.
import { tagsType, diagnosticsTarget } from 'types.bicep'

@description('Azure region for the network resources.')
param location string

@description('Resource token used to derive unique names.')
param resourceToken string

@description('Tags applied to every resource.')
param tags tagsType

@description('Address space of the VNet (CIDR).')
param vnetAddressPrefix string

@description('Subnet for Functions Flex Consumption VNet integration (delegated to Microsoft.App/environments).')
param functionsSubnetPrefix string

@description('Subnet for private endpoints.')
param privateEndpointsSubnetPrefix string

@description('Subnet for the internal Container Apps environment (workload profiles, at least /27).')
param containerAppsSubnetPrefix string

@description('Address range operators connect from (VPN gateway / ExpressRoute / peered hub); empty means only the VNet itself.')
param operatorAddressPrefix string

@description('Diagnostics destination.')
param diagnostics diagnosticsTarget

// Inbound HTTPS is allowed from the VNet and, when given, from the operators' network; traffic from the
// internet is denied explicitly so the intent is visible and survives any change to the default rules.
var operatorRules = empty(operatorAddressPrefix)
  ? []
  : [
      {
        name: 'AllowOperatorsHttpsInbound'
        properties: {
          priority: 200
          direction: 'Inbound'
          access: 'Allow'
          protocol: 'Tcp'
          sourceAddressPrefix: operatorAddressPrefix
          sourcePortRange: '*'
          destinationAddressPrefix: 'VirtualNetwork'
          destinationPortRange: '443'
        }
      }
    ]

var securityRules = concat(
  [
    {
      name: 'AllowVnetHttpsInbound'
      properties: {
        priority: 100
        direction: 'Inbound'
        access: 'Allow'
        protocol: 'Tcp'
        sourceAddressPrefix: 'VirtualNetwork'
        sourcePortRange: '*'
        destinationAddressPrefix: 'VirtualNetwork'
        destinationPortRange: '443'
      }
    }
    {
      name: 'DenyInternetInbound'
      properties: {
        priority: 4000
        direction: 'Inbound'
        access: 'Deny'
        protocol: '*'
        sourceAddressPrefix: 'Internet'
        sourcePortRange: '*'
        destinationAddressPrefix: '*'
        destinationPortRange: '*'
      }
    }
  ],
  operatorRules
)

resource functionsNsg 'Microsoft.Network/networkSecurityGroups@2024-07-01' = {
  name: 'nsg-functions-${resourceToken}'
  location: location
  tags: tags
  properties: {
    securityRules: securityRules
  }
}

resource privateEndpointsNsg 'Microsoft.Network/networkSecurityGroups@2024-07-01' = {
  name: 'nsg-private-endpoints-${resourceToken}'
  location: location
  tags: tags
  properties: {
    securityRules: securityRules
  }
}

resource containerAppsNsg 'Microsoft.Network/networkSecurityGroups@2024-07-01' = {
  name: 'nsg-container-apps-${resourceToken}'
  location: location
  tags: tags
  properties: {
    securityRules: securityRules
  }
}

resource functionsNsgDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'diag-nsg-functions'
  scope: functionsNsg
  properties: {
    workspaceId: diagnostics.workspaceId
    logs: [
      { categoryGroup: 'allLogs', enabled: true }
    ]
  }
}

resource privateEndpointsNsgDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'diag-nsg-private-endpoints'
  scope: privateEndpointsNsg
  properties: {
    workspaceId: diagnostics.workspaceId
    logs: [
      { categoryGroup: 'allLogs', enabled: true }
    ]
  }
}

resource containerAppsNsgDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'diag-nsg-container-apps'
  scope: containerAppsNsg
  properties: {
    workspaceId: diagnostics.workspaceId
    logs: [
      { categoryGroup: 'allLogs', enabled: true }
    ]
  }
}

// Subnets are declared inline so a redeployment never tries to delete and recreate them.
resource vnet 'Microsoft.Network/virtualNetworks@2024-07-01' = {
  name: 'vnet-${resourceToken}'
  location: location
  tags: tags
  properties: {
    addressSpace: {
      addressPrefixes: [vnetAddressPrefix]
    }
    subnets: [
      {
        name: 'snet-functions'
        properties: {
          addressPrefix: functionsSubnetPrefix
          networkSecurityGroup: {
            id: functionsNsg.id
          }
          // Flex Consumption integrates through a subnet delegated to Microsoft.App/environments.
          delegations: [
            {
              name: 'flex-consumption'
              properties: {
                serviceName: 'Microsoft.App/environments'
              }
            }
          ]
        }
      }
      {
        name: 'snet-private-endpoints'
        properties: {
          addressPrefix: privateEndpointsSubnetPrefix
          networkSecurityGroup: {
            id: privateEndpointsNsg.id
          }
          // NSG rules also apply to the private endpoints in this subnet.
          privateEndpointNetworkPolicies: 'Enabled'
          // Private endpoints never need to reach the internet.
          defaultOutboundAccess: false
        }
      }
      {
        name: 'snet-container-apps'
        properties: {
          addressPrefix: containerAppsSubnetPrefix
          networkSecurityGroup: {
            id: containerAppsNsg.id
          }
          delegations: [
            {
              name: 'container-apps'
              properties: {
                serviceName: 'Microsoft.App/environments'
              }
            }
          ]
        }
      }
    ]
  }
}

resource vnetDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'diag-vnet'
  scope: vnet
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

// Private DNS zones, each linked to the VNet (no auto-registration). Storage suffixes come from
// environment() so sovereign clouds resolve correctly.
// blob
resource blobZone 'Microsoft.Network/privateDnsZones@2024-06-01' = {
  name: 'privatelink.blob.${environment().suffixes.storage}'
  location: 'global'
  tags: tags

  resource link 'virtualNetworkLinks' = {
    name: 'link-vnet-${resourceToken}'
    location: 'global'
    tags: tags
    properties: {
      registrationEnabled: false
      virtualNetwork: {
        id: vnet.id
      }
    }
  }
}

// queue
resource queueZone 'Microsoft.Network/privateDnsZones@2024-06-01' = {
  name: 'privatelink.queue.${environment().suffixes.storage}'
  location: 'global'
  tags: tags

  resource link 'virtualNetworkLinks' = {
    name: 'link-vnet-${resourceToken}'
    location: 'global'
    tags: tags
    properties: {
      registrationEnabled: false
      virtualNetwork: {
        id: vnet.id
      }
    }
  }
}

// table
resource tableZone 'Microsoft.Network/privateDnsZones@2024-06-01' = {
  name: 'privatelink.table.${environment().suffixes.storage}'
  location: 'global'
  tags: tags

  resource link 'virtualNetworkLinks' = {
    name: 'link-vnet-${resourceToken}'
    location: 'global'
    tags: tags
    properties: {
      registrationEnabled: false
      virtualNetwork: {
        id: vnet.id
      }
    }
  }
}

// Key Vault
resource vaultZone 'Microsoft.Network/privateDnsZones@2024-06-01' = {
  name: 'privatelink.vaultcore.azure.net'
  location: 'global'
  tags: tags

  resource link 'virtualNetworkLinks' = {
    name: 'link-vnet-${resourceToken}'
    location: 'global'
    tags: tags
    properties: {
      registrationEnabled: false
      virtualNetwork: {
        id: vnet.id
      }
    }
  }
}

// App Service / Functions
resource sitesZone 'Microsoft.Network/privateDnsZones@2024-06-01' = {
  name: 'privatelink.azurewebsites.net'
  location: 'global'
  tags: tags

  resource link 'virtualNetworkLinks' = {
    name: 'link-vnet-${resourceToken}'
    location: 'global'
    tags: tags
    properties: {
      registrationEnabled: false
      virtualNetwork: {
        id: vnet.id
      }
    }
  }
}

// Container Registry
resource registryZone 'Microsoft.Network/privateDnsZones@2024-06-01' = {
  name: 'privatelink.azurecr.io'
  location: 'global'
  tags: tags

  resource link 'virtualNetworkLinks' = {
    name: 'link-vnet-${resourceToken}'
    location: 'global'
    tags: tags
    properties: {
      registrationEnabled: false
      virtualNetwork: {
        id: vnet.id
      }
    }
  }
}

// Azure Monitor
resource monitorZone 'Microsoft.Network/privateDnsZones@2024-06-01' = {
  name: 'privatelink.monitor.azure.com'
  location: 'global'
  tags: tags

  resource link 'virtualNetworkLinks' = {
    name: 'link-vnet-${resourceToken}'
    location: 'global'
    tags: tags
    properties: {
      registrationEnabled: false
      virtualNetwork: {
        id: vnet.id
      }
    }
  }
}

// Log Analytics (oms)
resource omsZone 'Microsoft.Network/privateDnsZones@2024-06-01' = {
  name: 'privatelink.oms.opinsights.azure.com'
  location: 'global'
  tags: tags

  resource link 'virtualNetworkLinks' = {
    name: 'link-vnet-${resourceToken}'
    location: 'global'
    tags: tags
    properties: {
      registrationEnabled: false
      virtualNetwork: {
        id: vnet.id
      }
    }
  }
}

// Log Analytics (ods)
resource odsZone 'Microsoft.Network/privateDnsZones@2024-06-01' = {
  name: 'privatelink.ods.opinsights.azure.com'
  location: 'global'
  tags: tags

  resource link 'virtualNetworkLinks' = {
    name: 'link-vnet-${resourceToken}'
    location: 'global'
    tags: tags
    properties: {
      registrationEnabled: false
      virtualNetwork: {
        id: vnet.id
      }
    }
  }
}

// Log Analytics agents
resource agentZone 'Microsoft.Network/privateDnsZones@2024-06-01' = {
  name: 'privatelink.agentsvc.azure-automation.net'
  location: 'global'
  tags: tags

  resource link 'virtualNetworkLinks' = {
    name: 'link-vnet-${resourceToken}'
    location: 'global'
    tags: tags
    properties: {
      registrationEnabled: false
      virtualNetwork: {
        id: vnet.id
      }
    }
  }
}

@description('VNet name.')
output name string = vnet.name

@description('VNet resource id.')
output resourceId string = vnet.id

@description('Subnet id for Functions VNet integration.')
output functionsSubnetId string = vnet.properties.subnets[0].id

@description('Subnet id for private endpoints.')
output privateEndpointsSubnetId string = vnet.properties.subnets[1].id

@description('Subnet id for the Container Apps environment.')
output containerAppsSubnetId string = vnet.properties.subnets[2].id

@description('Private DNS zone id for blob endpoints.')
output blobZoneId string = blobZone.id

@description('Private DNS zone id for queue endpoints.')
output queueZoneId string = queueZone.id

@description('Private DNS zone id for table endpoints.')
output tableZoneId string = tableZone.id

@description('Private DNS zone id for Key Vault.')
output vaultZoneId string = vaultZone.id

@description('Private DNS zone id for App Service / Functions.')
output sitesZoneId string = sitesZone.id

@description('Private DNS zone id for Azure Container Registry.')
output registryZoneId string = registryZone.id

@description('Private DNS zone ids for the Azure Monitor Private Link Scope (monitor, oms, ods, agentsvc, blob).')
output monitorZoneIds string[] = [monitorZone.id, omsZone.id, odsZone.id, agentZone.id, blobZone.id]
