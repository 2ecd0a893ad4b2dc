{{/*
Paths that never leave the cluster, whichever paths an ingress routes: /prometheus (scraped in-cluster by the
ServiceMonitor), /queue-admin/retry-all-dlqs (called by the housekeeping CronJob, unauthenticated like
hmpps-sqs's) and /admin/* (the retrier's operator endpoints, reached with kubectl port-forward). $uri is the
decoded, normalised path, and ~* matches case-insensitively as the apps' router does.
*/}}
{{- define "ptpu.ingressDenials" -}}
if ($uri ~* "^/(prometheus|queue-admin/retry-all-dlqs)/?$|^/admin(/|$)") {
  return 401;
}
{{- end -}}

{{- define "ptpu.ingress" -}}
{{- if .Values.ingress.enabled -}}
{{- if not .Values.ingress.host -}}
{{- fail "ingress.host is required when ingress.enabled is true (helm_deploy/values-<env>.yaml)" -}}
{{- end -}}
{{- if not .Values.ingress.allowlist -}}
{{- fail "ingress.allowlist is empty: the service must not be open to the internet; pass the internal allow-list (helm_deploy/README.md)" -}}
{{- end -}}
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: {{ include "ptpu.name" . }}
  labels:
    {{- include "ptpu.labels" . | nindent 4 }}
  annotations:
    nginx.ingress.kubernetes.io/whitelist-source-range: {{ values .Values.ingress.allowlist | sortAlpha | join "," | quote }}
    nginx.ingress.kubernetes.io/configuration-snippet: |
      {{- include "ptpu.ingressDenials" . | nindent 6 }}
spec:
  ingressClassName: {{ .Values.ingress.className }}
  tls:
    - hosts:
        - {{ .Values.ingress.host }}
      {{- with .Values.ingress.tlsSecretName }}
      secretName: {{ . }}
      {{- end }}
  rules:
    - host: {{ .Values.ingress.host }}
      http:
        paths:
          {{- range .Values.ingress.paths }}
          - path: {{ . }}
            pathType: Prefix
            backend:
              service:
                name: {{ include "ptpu.name" $ }}
                port:
                  name: http
          {{- end }}
{{- end -}}
{{- end -}}
