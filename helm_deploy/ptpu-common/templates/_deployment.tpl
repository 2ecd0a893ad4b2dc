{{/*
The app's Deployment. The including chart defines "ptpu.appEnv": the environment groups and variables of its
app (docs/architecture.md, Configuration). Liveness asks only whether the process serves requests; readiness
checks the app's own AWS resources and never an upstream, so an upstream outage does not take pods out of
service.
*/}}
{{- define "ptpu.deployment" -}}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "ptpu.name" . }}
  labels:
    {{- include "ptpu.labels" . | nindent 4 }}
spec:
  {{- if not (and .Values.autoscaling .Values.autoscaling.enabled) }}
  replicas: {{ .Values.replicaCount }}
  {{- end }}
  revisionHistoryLimit: 5
  selector:
    matchLabels:
      {{- include "ptpu.selectorLabels" . | nindent 6 }}
  strategy:
    type: RollingUpdate
    rollingUpdate:
      maxSurge: 1
      maxUnavailable: 0
  template:
    metadata:
      labels:
        {{- include "ptpu.labels" . | nindent 8 }}
    spec:
      serviceAccountName: {{ .Values.serviceAccount.name }}
      securityContext:
        {{- include "ptpu.podSecurityContext" . | nindent 8 }}
      # Time to finish the booking in hand and release locks and claims after SIGTERM.
      terminationGracePeriodSeconds: 60
      containers:
        - name: {{ include "ptpu.name" . }}
          image: {{ include "ptpu.image" . }}
          imagePullPolicy: {{ .Values.image.pullPolicy }}
          ports:
            - name: http
              containerPort: {{ .Values.port }}
            {{- with .Values.managementPort }}
            - name: management
              containerPort: {{ . }}
            {{- end }}
          env:
            {{- include "ptpu.env.common" . | nindent 12 }}
            {{- include "ptpu.appEnv" . | nindent 12 }}
          securityContext:
            {{- include "ptpu.containerSecurityContext" . | nindent 12 }}
          startupProbe:
            httpGet:
              path: /health/liveness
              port: http
            periodSeconds: 2
            failureThreshold: 30
          livenessProbe:
            httpGet:
              path: /health/liveness
              port: http
            periodSeconds: 10
            timeoutSeconds: 5
            failureThreshold: 3
          readinessProbe:
            httpGet:
              path: /health/readiness
              port: http
            periodSeconds: 10
            timeoutSeconds: 5
            failureThreshold: 3
          resources:
            {{- toYaml .Values.resources | nindent 12 }}
          volumeMounts:
            - name: tmp
              mountPath: /tmp
      volumes:
        - name: tmp
          emptyDir: {}
{{- end -}}
