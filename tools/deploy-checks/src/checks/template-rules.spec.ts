import { checkEnvironment } from './template-rules';

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
