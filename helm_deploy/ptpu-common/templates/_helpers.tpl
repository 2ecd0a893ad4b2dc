{{/*
Names, labels and the image. Every resource of an app is named after its chart (ptpu-validator, ...): there
is one release of each chart per namespace.
*/}}
{{- define "ptpu.name" -}}
{{- .Chart.Name -}}
{{- end -}}

{{- define "ptpu.selectorLabels" -}}
app.kubernetes.io/name: {{ include "ptpu.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "ptpu.labels" -}}
{{ include "ptpu.selectorLabels" . }}
app.kubernetes.io/part-of: prison-to-probation-update
app.kubernetes.io/version: {{ .Values.image.tag | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end -}}

{{/* The image of this release; there is no default tag, so a deploy always names the build it ships. */}}
{{- define "ptpu.image" -}}
{{- if not .Values.image.tag -}}
{{- fail "image.tag is required: deploy with --set-string image.tag=<build>" -}}
{{- end -}}
{{ .Values.image.repository }}:{{ .Values.image.tag }}
{{- end -}}
