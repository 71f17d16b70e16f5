// Production: zone-redundant storage, a warm A100, long audit retention. The operator is a group, not a person.
using 'main.bicep'

param environmentName = readEnvironmentVariable('AZURE_ENV_NAME', 'lora-prod')
param vnetAddressPrefix = readEnvironmentVariable('VNET_ADDRESS_PREFIX', '10.40.0.0/16')
param functionsSubnetPrefix = readEnvironmentVariable('FUNCTIONS_SUBNET_PREFIX', '10.40.0.0/24')
param privateEndpointsSubnetPrefix = readEnvironmentVariable('PRIVATE_ENDPOINTS_SUBNET_PREFIX', '10.40.1.0/24')
param containerAppsSubnetPrefix = readEnvironmentVariable('CONTAINER_APPS_SUBNET_PREFIX', '10.40.2.0/23')
param operatorAddressPrefix = readEnvironmentVariable('OPERATOR_ADDRESS_PREFIX', '')
param storageSkuName = 'Standard_GZRS'
param softDeleteRetentionInDays = 30
// Seven years of tamper-evident audit history.
param auditImmutabilityInDays = 2555
param rawDataRetentionInDays = 7
param keyVaultSoftDeleteRetentionInDays = 90
param logRetentionInDays = 365
param gpuWorkloadProfileType = 'Consumption-GPU-NC24-A100'
param gpuHostMinReplicas = 1
param gpuHostMaxReplicas = 2
param gpuHostImage = readEnvironmentVariable('SERVICE_GPU_HOST_IMAGE_NAME', '')
param functionsMaximumInstanceCount = 100
param functionsInstanceMemoryMB = 4096
param apiAudience = readEnvironmentVariable('API_AUDIENCE', '')
param baseModelSha256 = readEnvironmentVariable('BASE_MODEL_SHA256', '')
param operatorPrincipalId = readEnvironmentVariable('OPERATOR_GROUP_ID', '')
param operatorPrincipalType = 'Group'
param alertEmail = readEnvironmentVariable('ALERT_EMAIL', '')
