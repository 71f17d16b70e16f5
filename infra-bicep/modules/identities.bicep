// User-assigned managed identities, one per workload, so each gets only its own role assignments and
// the assignments can exist before the workload (no first-start failures while RBAC propagates).
import { tagsType } from 'types.bicep'

@description('Azure region for the identities.')
param location string

@description('Resource token used to derive unique names.')
param resourceToken string

@description('Tags applied to every resource.')
param tags tagsType

resource functionsIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'id-functions-${resourceToken}'
  location: location
  tags: tags
}

resource gpuHostIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'id-gpuhost-${resourceToken}'
  location: location
  tags: tags
}

resource storageEncryptionIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'id-storage-cmk-${resourceToken}'
  location: location
  tags: tags
}


@description('Functions identity name.')
output name string = functionsIdentity.name

@description('Functions identity resource id.')
output resourceId string = functionsIdentity.id

@description('Functions identity resource id.')
output functionsIdentityId string = functionsIdentity.id

@description('Functions identity principal (object) id.')
output functionsPrincipalId string = functionsIdentity.properties.principalId

@description('Functions identity client id.')
output functionsClientId string = functionsIdentity.properties.clientId

@description('GPU host identity resource id.')
output gpuHostIdentityId string = gpuHostIdentity.id

@description('GPU host identity principal (object) id.')
output gpuHostPrincipalId string = gpuHostIdentity.properties.principalId

@description('GPU host identity client id.')
output gpuHostClientId string = gpuHostIdentity.properties.clientId

@description('Storage encryption (CMK) identity resource id.')
output storageEncryptionIdentityId string = storageEncryptionIdentity.id

@description('Storage encryption (CMK) identity principal (object) id.')
output storageEncryptionPrincipalId string = storageEncryptionIdentity.properties.principalId
