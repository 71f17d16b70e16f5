// Alerts on the signals that mean the pipeline or its protection is failing: the GPU host answering 5xx or
// restarting, Key Vault refusing an operation (a disabled adapter key, a lost role assignment) or becoming
// unavailable, and storage availability — platform metrics, which exist from the first minute, need no agent and
// carry no personal data. Metric names and dimensions are those of Azure Monitor's supported-metrics reference for
// Microsoft.App/containerApps, Microsoft.KeyVault/vaults and Microsoft.Storage/storageAccounts.
// And on run outcomes: log search alerts over the one line each run writes when it ends.
import { tagsType } from 'types.bicep'

@description('Azure region for the log search alerts (metric alerts are global).')
param location string

@description('Resource id of the Log Analytics workspace behind Application Insights.')
param workspaceResourceId string

@description('Resource token used to derive unique names.')
param resourceToken string

@description('Tags applied to every resource.')
param tags tagsType

@description('E-mail address (a team mailbox or distribution list) that receives alerts; empty creates the alerts without a notification target.')
param alertEmail string

@description('Resource id of the GPU host container app.')
param gpuHostResourceId string

@description('Resource id of the Key Vault.')
param keyVaultResourceId string

@description('Resource id of the storage account.')
param storageResourceId string

resource actionGroup 'Microsoft.Insights/actionGroups@2023-01-01' = if (!empty(alertEmail)) {
  name: 'ag-${resourceToken}'
  location: 'global'
  tags: tags
  properties: {
    groupShortName: 'lora-ops'
    enabled: true
    emailReceivers: [
      {
        name: 'operations'
        emailAddress: alertEmail
        useCommonAlertSchema: true
      }
    ]
  }
}

var actions = empty(alertEmail) ? [] : [{ actionGroupId: actionGroup.id }]

// One definition per alert; the loop below turns each into a metric alert on its resource.
var alerts = [
  {
    name: 'gpu-host-server-errors'
    description: 'The GPU host answered more than 5 requests with a 5xx status in 5 minutes (inference, jobs or evaluations failing).'
    severity: 2
    scope: gpuHostResourceId
    namespace: 'Microsoft.App/containerApps'
    metric: 'Requests'
    aggregation: 'Total'
    operator: 'GreaterThan'
    threshold: 5
    window: 'PT5M'
    dimensions: [{ name: 'statusCodeCategory', operator: 'Include', values: ['5xx'] }]
  }
  {
    name: 'gpu-host-restarts'
    description: 'A GPU host replica restarted (crash, out-of-memory, failed start-up validation); a running fine-tune job resumes from its last checkpoint.'
    severity: 2
    scope: gpuHostResourceId
    namespace: 'Microsoft.App/containerApps'
    metric: 'RestartCount'
    aggregation: 'Total'
    operator: 'GreaterThan'
    threshold: 0
    window: 'PT15M'
    dimensions: []
  }
  {
    name: 'key-vault-refusals'
    description: 'Key Vault refused an operation (403): the adapter key disabled or a role assignment removed. Adapters cannot be sealed or loaded until it is resolved.'
    severity: 1
    scope: keyVaultResourceId
    namespace: 'Microsoft.KeyVault/vaults'
    metric: 'ServiceApiResult'
    aggregation: 'Count'
    operator: 'GreaterThan'
    threshold: 0
    window: 'PT5M'
    dimensions: [{ name: 'StatusCode', operator: 'Include', values: ['403'] }]
  }
  {
    name: 'key-vault-availability'
    description: 'Key Vault availability fell under 99 % over 5 minutes.'
    severity: 1
    scope: keyVaultResourceId
    namespace: 'Microsoft.KeyVault/vaults'
    metric: 'Availability'
    aggregation: 'Average'
    operator: 'LessThan'
    threshold: 99
    window: 'PT5M'
    dimensions: []
  }
  {
    name: 'storage-availability'
    description: 'Storage availability fell under 99 % over 5 minutes (datasets, registry, audit log).'
    severity: 1
    scope: storageResourceId
    namespace: 'Microsoft.Storage/storageAccounts'
    metric: 'Availability'
    aggregation: 'Average'
    operator: 'LessThan'
    threshold: 99
    window: 'PT5M'
    dimensions: []
  }
]

resource metricAlerts 'Microsoft.Insights/metricAlerts@2018-03-01' = [
  for alert in alerts: {
    name: 'alert-${alert.name}-${resourceToken}'
    location: 'global'
    tags: tags
    properties: {
      description: alert.description
      severity: alert.severity
      enabled: true
      scopes: [alert.scope]
      evaluationFrequency: 'PT1M'
      windowSize: alert.window
      autoMitigate: true
      criteria: {
        'odata.type': 'Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria'
        allOf: [
          {
            criterionType: 'StaticThresholdCriterion'
            name: alert.name
            metricNamespace: alert.namespace
            metricName: alert.metric
            timeAggregation: alert.aggregation
            operator: alert.operator
            threshold: alert.threshold
            dimensions: alert.dimensions
          }
        ]
      }
      actions: actions
    }
  }
]

// Run outcomes, from the line the orchestration writes once per run: "Run {RunId}: ended {Status}: {Reason}"
// (Pipeline's AlertedLogMessages.RunEnded; Infra.Tests checks each pattern against it). Only the status is matched.
// Application Insights must keep every trace for these to count (host.json excludes traces from sampling).
var runOutcomes = [
  {
    name: 'pipeline-run-failed'
    description: 'A fine-tune run ended failed: a step exhausted its retries (GPU host unreachable, training failed, storage errors). The run status and the audit log say which step.'
    severity: 2
    pattern: '^Run [^ ]+: ended failed: '
  }
  {
    name: 'pipeline-residual-pii'
    description: 'A masked dataset still held personal data at the residual scan, so the run stopped before training. Nothing leaked, but a recognizer or the masking policy missed something: review the masking report.'
    severity: 2
    pattern: '^Run [^ ]+: ended rejected-residual-pii: '
  }
  {
    name: 'pipeline-dataset-quarantined'
    description: 'An uploaded dataset failed validation and was quarantined with a line-numbered report; the data team should fix and upload it again.'
    severity: 3
    pattern: '^Run [^ ]+: ended rejected-invalid: '
  }
]

resource runOutcomeAlerts 'Microsoft.Insights/scheduledQueryRules@2023-12-01' = [
  for outcome in runOutcomes: {
    name: 'alert-${outcome.name}-${resourceToken}'
    location: location
    tags: tags
    kind: 'LogAlert'
    properties: {
      displayName: outcome.name
      description: outcome.description
      severity: outcome.severity
      enabled: true
      scopes: [workspaceResourceId]
      // A 15-minute window evaluated every 5 minutes still sees lines that arrive a few minutes late; muting for the
      // window keeps one run from notifying three times.
      evaluationFrequency: 'PT5M'
      windowSize: 'PT15M'
      muteActionsDuration: 'PT15M'
      autoMitigate: false
      criteria: {
        allOf: [
          {
            query: 'AppTraces | where Message matches regex @"${outcome.pattern}"'
            timeAggregation: 'Count'
            operator: 'GreaterThan'
            threshold: 0
            failingPeriods: {
              numberOfEvaluationPeriods: 1
              minFailingPeriodsToAlert: 1
            }
          }
        ]
      }
      actions: {
        actionGroups: empty(alertEmail) ? [] : [actionGroup.id]
      }
    }
  }
]

@description('Name of the action group the alerts notify; empty when no e-mail address was given.')
output name string = empty(alertEmail) ? '' : actionGroup.name

@description('Resource id of the action group; empty when no e-mail address was given.')
output resourceId string = empty(alertEmail) ? '' : actionGroup.id

@description('Names of the metric alerts.')
output alertNames string[] = [for (alert, i) in alerts: metricAlerts[i].name]

@description('Names of the log search alerts on run outcomes.')
output runOutcomeAlertNames string[] = [for (outcome, i) in runOutcomes: runOutcomeAlerts[i].name]
