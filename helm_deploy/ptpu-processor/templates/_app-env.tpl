{{/* The processor's environment beyond "ptpu.env.common" (docs/architecture.md, Configuration). */}}
{{- define "ptpu.appEnv" -}}
{{ include "ptpu.env.upstreams" . }}
{{ include "ptpu.env.rowWork" . }}
- name: PRISONTOPROBATION_HOLD_BACK_DURATION
  value: {{ .Values.config.holdBack | quote }}
- name: PRISONTOPROBATION_MESSAGE_PROCESSOR_DELAY
  value: {{ .Values.config.processorDelayMs | int | quote }}
{{- end -}}
