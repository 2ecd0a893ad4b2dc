{{/* The reports app's environment beyond "ptpu.env.common": it only verifies the analysts' tokens. */}}
{{- define "ptpu.appEnv" -}}
{{ include "ptpu.env.issuer" . }}
{{- end -}}
