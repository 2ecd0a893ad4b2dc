{{/*
The app's Ingress, when it has one. It routes only the path prefixes in ingress.paths to the Service's http port;
what must stay inside the cluster is not on that port at all (the validator's housekeeping listens on its
management port, Prometheus scrapes through the Service). Annotations come from ingress.annotations: Cloud
Platform's admission refuses an Ingress without external-dns's set-identifier and aws-weight, which each
environment's values set, so a missing one fails here rather than at deploy time.
*/}}
{{- define "ptpu.ingress" -}}
{{- if .Values.ingress.enabled -}}
{{- if not .Values.ingress.host -}}
{{- fail "ingress.host is required when ingress.enabled is true (helm_deploy/values-<env>.yaml)" -}}
{{- end -}}
{{- if not .Values.ingress.allowlist -}}
{{- fail "ingress.allowlist is empty: the service must not be open to the internet; pass the internal allow-list (helm_deploy/README.md)" -}}
{{- end -}}
{{- range list "external-dns.alpha.kubernetes.io/set-identifier" "external-dns.alpha.kubernetes.io/aws-weight" -}}
{{- if not (hasKey $.Values.ingress.annotations .) -}}
{{- fail (printf "ingress.annotations must set %s: Cloud Platform refuses an Ingress without it (the app's values-<env>.yaml)" .) -}}
{{- end -}}
{{- end -}}
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: {{ include "ptpu.name" . }}
  labels:
    {{- include "ptpu.labels" . | nindent 4 }}
  annotations:
    nginx.ingress.kubernetes.io/whitelist-source-range: {{ values .Values.ingress.allowlist | sortAlpha | join "," | quote }}
    {{- with .Values.ingress.annotations }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
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
