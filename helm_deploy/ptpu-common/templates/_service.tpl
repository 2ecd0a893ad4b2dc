{{/* In-cluster address of the app (port 80): the ingress, the ServiceMonitor and the housekeeping CronJob use it. */}}
{{- define "ptpu.service" -}}
apiVersion: v1
kind: Service
metadata:
  name: {{ include "ptpu.name" . }}
  labels:
    {{- include "ptpu.labels" . | nindent 4 }}
spec:
  type: ClusterIP
  selector:
    {{- include "ptpu.selectorLabels" . | nindent 4 }}
  ports:
    - name: http
      port: 80
      targetPort: http
{{- end -}}
