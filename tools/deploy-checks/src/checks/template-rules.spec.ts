import { checkEnvironment, checkPodSecurity, checkProbes } from './template-rules';

const POD = `
      securityContext:
        runAsNonRoot: true
      containers:
        - name: app
          image: x
          securityContext:
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            capabilities:
              drop:
                - ALL
          livenessProbe:
            httpGet:
              path: /health/liveness
          readinessProbe:
            httpGet:
              path: /health/readiness
`;

describe('checkPodSecurity', () => {
  it('when the pod and its container are locked down, then it reports nothing', () => {
    expect(checkPodSecurity(POD)).toEqual([]);
  });

  it('when a second container drops the restrictions, then each missing one is reported', () => {
    const second =
      '        - name: sidecar\n          image: y\n          securityContext:\n            privileged: true\n';
    expect(checkPodSecurity(POD + second)).toEqual([
      'a container is privileged',
      'a container does not set allowPrivilegeEscalation: false',
      'a container does not set readOnlyRootFilesystem: true',
      'a container does not set capabilities drop ALL',
    ]);
  });

  it('when the pod may run as root, then it says so', () => {
    expect(checkPodSecurity(POD.replace('runAsNonRoot: true', 'runAsUser: 0'))).toEqual([
      'a pod does not set runAsNonRoot: true',
      'a pod runs as uid 0',
    ]);
  });
});

describe('checkProbes', () => {
  it('when both probes call their endpoints, then it reports nothing', () => {
    expect(checkProbes(POD)).toEqual([]);
  });

  it('when readiness calls /health and liveness is missing, then both are reported', () => {
    const text = POD.replace('/health/readiness', '/health').replace('livenessProbe:', 'startupProbe:');
    expect(checkProbes(text)).toEqual([
      'no livenessProbe with an httpGet path',
      'readinessProbe calls /health, not /health/readiness',
    ]);
  });
});

describe('checkEnvironment', () => {
  const ENV = `
            - name: PORT
              value: {{ .Values.port | int | quote }}
            - name: OAUTH_CLIENT_ID
              valueFrom:
                # a comment is fine here
                secretKeyRef: { name: {{ .Values.secrets.clientId.name }}, key: {{ .Values.secrets.clientId.key }} }
`;
  const expected = {
    values: { PORT: 'port' },
    secrets: { OAUTH_CLIENT_ID: 'clientId' },
    forbidden: ['AWS_ACCESS_KEY_ID'],
  };

  it('when every variable comes from its values path or secret, then it reports nothing', () => {
    expect(checkEnvironment(ENV, expected)).toEqual([]);
  });

  it('when a variable reads the wrong values, is doubled, unknown or forbidden, then each is named', () => {
    const text = `${ENV.replace('.Values.port', '.Values.portNumber').replace('.secrets.clientId.key', '.secrets.clientSecret.key')}
            - name: PORT
              value: "8080"
            - name: PTPU_TYPO
              value: "1"
            - name: AWS_ACCESS_KEY_ID
              value: key
`;
    expect(checkEnvironment(text, expected)).toEqual([
      'PORT is set twice',
      'PORT is not set from .Values.port',
      'OAUTH_CLIENT_ID is not set from the secret in .Values.secrets.clientId',
      'PTPU_TYPO is not in the configuration contract',
      'AWS_ACCESS_KEY_ID must not be set by the chart',
    ]);
  });
});
