{{/*
The app's service account, bound to its IAM role (IRSA): the pods get short-lived AWS credentials for the
role and no keys exist anywhere. With create: false the chart uses a service account the platform created.
*/}}
{{- define "ptpu.serviceAccount" -}}
{{- if .Values.serviceAccount.create -}}
{{- if not .Values.serviceAccount.roleArn -}}
{{- fail "serviceAccount.roleArn is required when serviceAccount.create is true: the app's IRSA role (helm_deploy/README.md)" -}}
{{- end -}}
apiVersion: v1
kind: ServiceAccount
metadata:
  name: {{ .Values.serviceAccount.name }}
  labels:
    {{- include "ptpu.labels" . | nindent 4 }}
  annotations:
    eks.amazonaws.com/role-arn: {{ .Values.serviceAccount.roleArn | quote }}
{{- end -}}
{{- end -}}
