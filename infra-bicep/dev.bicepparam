// Development: smallest footprint, scale-to-zero GPU, short retention. Still fully private.
using 'main.bicep'

param environmentName = readEnvironmentVariable('AZURE_ENV_NAME', 'lora-dev')
param storageSkuName = 'Standard_LRS'
param softDeleteRetentionInDays = 7
param auditImmutabilityInDays = 7
param rawDataRetentionInDays = 3
param keyVaultSoftDeleteRetentionInDays = 7
param logRetentionInDays = 30
param gpuWorkloadProfileType = 'Consumption-GPU-NC8as-T4'
param gpuHostMinReplicas = 0
param gpuHostMaxReplicas = 1
param gpuHostImage = readEnvironmentVariable('SERVICE_GPU_HOST_IMAGE_NAME', '')
param functionsMaximumInstanceCount = 40
param functionsInstanceMemoryMB = 2048
param apiAudience = readEnvironmentVariable('API_AUDIENCE', '')
param baseModelSha256 = readEnvironmentVariable('BASE_MODEL_SHA256', '')
param operatorAddressPrefix = readEnvironmentVariable('OPERATOR_ADDRESS_PREFIX', '')
// azd fills AZURE_PRINCIPAL_ID with the signed-in user: in dev that user runs the post-deployment steps.
param operatorPrincipalId = readEnvironmentVariable('AZURE_PRINCIPAL_ID', '')
param operatorPrincipalType = 'User'
param alertEmail = readEnvironmentVariable('ALERT_EMAIL', '')
