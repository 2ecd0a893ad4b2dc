{{- define "ptpu-monitoring.labels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/part-of: prison-to-probation-update
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end -}}

{{/* Appended to every alert expression in dev and preprod: nobody is paged for a test environment at night. */}}
{{- define "ptpu-monitoring.hours" -}}
{{- if .Values.alerts.businessHoursOnly }} and ON() (hour() >= 8 < 17) and ON() (day_of_week() > 0 < 6){{ end -}}
{{- end -}}

{{- define "ptpu-monitoring.runbook" -}}
https://github.com/ministryofjustice/prison-to-probation-update/blob/main/docs/runbook.md#{{ . | lower }}
{{- end -}}
