{{/* Node drains take one pod at a time, so two-replica apps keep one running. */}}
{{- define "ptpu.podDisruptionBudget" -}}
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: {{ include "ptpu.name" . }}
  labels:
    {{- include "ptpu.labels" . | nindent 4 }}
spec:
  maxUnavailable: 1
  selector:
    matchLabels:
      {{- include "ptpu.selectorLabels" . | nindent 6 }}
{{- end -}}
