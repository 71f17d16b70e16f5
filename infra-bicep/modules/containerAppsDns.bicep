// Private DNS for an internal Container Apps environment. The zone name is the environment's default
// domain, which is only known after the environment exists, hence a separate module.
import { tagsType } from 'types.bicep'

@description('The environment default domain (zone name).')
param zoneName string

@description('Static (internal load balancer) IP of the environment.')
param staticIp string

@description('Resource id of the VNet the zone is linked to.')
param vnetId string

@description('Tags applied to every resource.')
param tags tagsType

resource zone 'Microsoft.Network/privateDnsZones@2024-06-01' = {
  name: zoneName
  location: 'global'
  tags: tags
}

// Apps reachable from the VNet are <app>.<domain>; all resolve to the environment's internal load balancer.
resource wildcard 'Microsoft.Network/privateDnsZones/A@2024-06-01' = {
  parent: zone
  name: '*'
  properties: {
    ttl: 300
    aRecords: [
      { ipv4Address: staticIp }
    ]
  }
}


resource link 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2024-06-01' = {
  parent: zone
  name: 'link-${last(split(vnetId, '/'))}'
  location: 'global'
  tags: tags
  properties: {
    registrationEnabled: false
    virtualNetwork: {
      id: vnetId
    }
  }
}

@description('Private DNS zone name.')
output name string = zone.name

@description('Private DNS zone resource id.')
output resourceId string = zone.id
