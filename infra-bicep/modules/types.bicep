// Shared user-defined types. Using them makes every compiled template languageVersion 2.0 (symbolic
// resource names), which lets the infrastructure tests follow dependsOn from a diagnostic setting or role
// assignment to the exact resource it protects.

@export()
@description('Tags applied to every resource; azd needs azd-env-name on the resource group contents.')
type tagsType = {
  *: string
}

@export()
@description('Where a module sends diagnostics: the Log Analytics workspace resource id.')
type diagnosticsTarget = {
  @description('Resource id of the Log Analytics workspace.')
  workspaceId: string
}

@export()
@description('Kind of principal a role is assigned to.')
type principalKind = 'User' | 'Group' | 'ServicePrincipal'
