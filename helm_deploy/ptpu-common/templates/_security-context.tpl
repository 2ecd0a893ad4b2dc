{{/*
Every pod runs as the image's non-root user (uid 1000), cannot gain privileges, and cannot write outside
/tmp. fsGroup lets that user read the IRSA web-identity token mounted into the pod.
*/}}
{{- define "ptpu.podSecurityContext" -}}
runAsNonRoot: true
runAsUser: 1000
runAsGroup: 1000
fsGroup: 1000
seccompProfile:
  type: RuntimeDefault
{{- end -}}

{{- define "ptpu.containerSecurityContext" -}}
allowPrivilegeEscalation: false
readOnlyRootFilesystem: true
capabilities:
  drop:
    - ALL
{{- end -}}
