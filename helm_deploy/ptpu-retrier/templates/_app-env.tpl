{{/* The retrier's environment beyond "ptpu.env.common" (docs/architecture.md, Configuration). Crons run in London time. */}}
{{- define "ptpu.appEnv" -}}
{{ include "ptpu.env.upstreams" . }}
{{ include "ptpu.env.issuer" . }}
{{ include "ptpu.env.rowWork" . }}
{{ include "ptpu.env.queueConsumer" . }}
- name: HMPPS_SQS_QUEUES_PROBATIONEVENTQUEUE_QUEUE_NAME
  valueFrom:
    secretKeyRef: { name: {{ .Values.secrets.probationEventQueue.name }}, key: {{ .Values.secrets.probationEventQueue.key }} }
- name: HMPPS_SQS_QUEUES_PROBATIONEVENTQUEUE_DLQ_NAME
  valueFrom:
    secretKeyRef: { name: {{ .Values.secrets.probationEventDlq.name }}, key: {{ .Values.secrets.probationEventDlq.key }} }
- name: RETRY_SCHEDULES_SHORT_CRON
  value: {{ .Values.config.retryShortCron | quote }}
- name: RETRY_SCHEDULES_MEDIUM_CRON
  value: {{ .Values.config.retryMediumCron | quote }}
- name: RETRY_SCHEDULES_LONG_CRON
  value: {{ .Values.config.retryLongCron | quote }}
{{- end -}}
