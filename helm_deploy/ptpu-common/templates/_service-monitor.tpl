{{/*
Prometheus scrapes /prometheus on every pod through the Service, not the ingress (which denies it). Cloud
Platform namespaces refuse traffic from other namespaces by default, hence the policy letting the monitoring
namespace in; network policies add up, so this one opens nothing else.
*/}}
{{- define "ptpu.serviceMonitor" -}}
{{- if .Values.serviceMonitor.enabled -}}
apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata:
  name: {{ include "ptpu.name" . }}
  labels:
    {{- include "ptpu.labels" . | nindent 4 }}
spec:
  selector:
    matchLabels:
      {{- include "ptpu.selectorLabels" . | nindent 6 }}
  namespaceSelector:
    matchNames:
      - {{ .Release.Namespace }}
  endpoints:
    - port: http
      path: /prometheus
      interval: {{ .Values.serviceMonitor.interval }}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: {{ include "ptpu.name" . }}-allow-prometheus
  labels:
    {{- include "ptpu.labels" . | nindent 4 }}
spec:
  podSelector:
    matchLabels:
      {{- include "ptpu.selectorLabels" . | nindent 6 }}
  policyTypes:
    - Ingress
  ingress:
    - from:
        - namespaceSelector:
            matchLabels:
              component: monitoring
      ports:
        - port: http
          protocol: TCP
{{- end -}}
{{- end -}}
