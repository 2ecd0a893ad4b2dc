{{/*
In-cluster address of the app: port 80 (http) for the ingress and the ServiceMonitor; for an app with a
managementPort, that port too (management), which only in-cluster callers such as the housekeeping CronJob use:
the ingress routes to http alone.
*/}}
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
    {{- with .Values.managementPort }}
    - name: management
      port: {{ . }}
      targetPort: management
    {{- end }}
{{- end -}}
