{{/*
The environment of docs/architecture.md (Configuration), in groups an app chart picks from (its "ptpu.appEnv").
Plain settings come from values; credentials and the AWS resource names from Kubernetes secrets, which Cloud
Platform fills when it creates the resources. Nothing here sets AWS endpoints or keys: in AWS the SDK finds
the endpoints itself and IRSA supplies short-lived credentials. BUILD_NUMBER, GIT_REF and GIT_BRANCH come from the image.
Numbers go through `int` because Helm reads YAML numbers as floats, and quote would print 3600000 as 3.6e+06.
*/}}

{{/* Every app. */}}
{{- define "ptpu.env.common" -}}
- name: PORT
  value: {{ .Values.port | int | quote }}
- name: AWS_REGION
  value: {{ .Values.aws.region | quote }}
- name: LOG_LEVEL
  value: {{ .Values.config.logLevel | quote }}
- name: NODE_OPTIONS
  value: {{ .Values.nodeOptions | quote }}
- name: PRODUCT_ID
  value: {{ .Values.productId | quote }}
- name: OAUTH_ENDPOINT_URL
  value: {{ .Values.auth.url | quote }}
- name: DYNAMODB_TABLENAME
  valueFrom:
    secretKeyRef: { name: {{ .Values.secrets.messageTable.name }}, key: {{ .Values.secrets.messageTable.key }} }
- name: DYNAMODB_SCHEDULE_TABLENAME
  valueFrom:
    secretKeyRef: { name: {{ .Values.secrets.scheduleTable.name }}, key: {{ .Values.secrets.scheduleTable.key }} }
- name: APPLICATIONINSIGHTS_CONNECTION_STRING
  valueFrom:
    # Optional: without it telemetry events go to the structured log only.
    secretKeyRef: { name: {{ .Values.secrets.applicationInsights.name }}, key: {{ .Values.secrets.applicationInsights.key }}, optional: true }
{{- end -}}

{{/* Apps that call prison-api, probation-offender-search and community-api with a client token. */}}
{{- define "ptpu.env.upstreams" -}}
- name: PRISON_ENDPOINT_URL
  value: {{ .Values.upstreams.prisonApi | quote }}
- name: OFFENDER_SEARCH_ENDPOINT_URL
  value: {{ .Values.upstreams.offenderSearch | quote }}
- name: COMMUNITY_ENDPOINT_URL
  value: {{ .Values.upstreams.communityApi | quote }}
- name: OAUTH_CLIENT_ID
  valueFrom:
    secretKeyRef: { name: {{ .Values.secrets.clientId.name }}, key: {{ .Values.secrets.clientId.key }} }
- name: OAUTH_CLIENT_SECRET
  valueFrom:
    secretKeyRef: { name: {{ .Values.secrets.clientSecret.name }}, key: {{ .Values.secrets.clientSecret.key }} }
- name: PRISONTOPROBATION_ONLY_PRISONS
  value: {{ .Values.config.interestedPrisons | quote }}
- name: PTPU_HTTP_TIMEOUT
  value: {{ .Values.config.httpTimeout | quote }}
{{- end -}}

{{/* Apps that verify inbound HMPPS Auth tokens. */}}
{{- define "ptpu.env.issuer" -}}
- name: OAUTH_ISSUER
  value: {{ .Values.auth.issuer | default (printf "%s/issuer" .Values.auth.url) | quote }}
{{- end -}}

{{/* The processor and the retrier: rows worked under locks, domain events published. */}}
{{- define "ptpu.env.rowWork" -}}
- name: HMPPS_SQS_TOPICS_DOMAINEVENTTOPIC_ARN
  valueFrom:
    secretKeyRef: { name: {{ .Values.secrets.domainEventsTopic.name }}, key: {{ .Values.secrets.domainEventsTopic.key }} }
- name: PRISONTOPROBATION_DRY_RUN
  value: {{ .Values.config.dryRun | quote }}
- name: PTPU_PROCESSING_CONCURRENCY
  value: {{ .Values.config.processingConcurrency | int | quote }}
- name: PTPU_PAGE_SIZE
  value: {{ .Values.config.pageSize | int | quote }}
- name: PTPU_LOCK_LEASE
  value: {{ .Values.config.lockLease | quote }}
{{- end -}}

{{/* How an app consumes its queue: the validator its prison events, the retrier its probation events. */}}
{{- define "ptpu.env.queueConsumer" -}}
- name: PTPU_CONSUMER_CONCURRENCY
  value: {{ .Values.config.consumerConcurrency | int | quote }}
- name: PTPU_ERROR_VISIBILITY
  value: {{ .Values.config.errorVisibility | quote }}
- name: PTPU_DLQ_MAX_REDRIVES
  value: {{ .Values.config.dlqMaxRedrives | int | quote }}
{{- end -}}
