{{/* The validator's environment beyond "ptpu.env.common" (docs/architecture.md, Configuration). */}}
{{- define "ptpu.appEnv" -}}
{{ include "ptpu.env.upstreams" . }}
{{ include "ptpu.env.issuer" . }}
- name: HMPPS_SQS_QUEUES_PRISONEVENTQUEUE_QUEUE_NAME
  valueFrom:
    secretKeyRef: { name: {{ .Values.secrets.eventQueue.name }}, key: {{ .Values.secrets.eventQueue.key }} }
- name: HMPPS_SQS_QUEUES_PRISONEVENTQUEUE_DLQ_NAME
  valueFrom:
    secretKeyRef: { name: {{ .Values.secrets.eventDlq.name }}, key: {{ .Values.secrets.eventDlq.key }} }
{{ include "ptpu.env.queueConsumer" . }}
- name: PTPU_MANAGEMENT_PORT
  value: {{ .Values.managementPort | int | quote }}
{{- end -}}
