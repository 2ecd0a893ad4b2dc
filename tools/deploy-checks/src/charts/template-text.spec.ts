import { definesIn, expandIncludes } from './template-text';

const LIBRARY = `
{{- define "outer" -}}
a: {{ include "inner" . | nindent 2 }}
{{- if .Values.x }}
b: {{ .Values.x }}
{{- end }}
{{- end -}}

{{/* a comment with {{ braces }} is not a block */}}
{{- define "inner" -}}
inner: true
{{- end -}}
`;

describe('template text', () => {
  it('when defines contain blocks of their own, then each define ends at its own end', () => {
    const defines = definesIn(LIBRARY);

    expect([...defines.keys()]).toEqual(['outer', 'inner']);
    expect(defines.get('outer')).toContain('b: {{ .Values.x }}');
  });

  it('when a template includes a define that includes another, then both are expanded', () => {
    const text = expandIncludes('root:\n  {{- include "outer" . | nindent 2 }}', definesIn(LIBRARY));

    expect(text).toContain('a: \ninner: true');
    expect(text).not.toContain('include');
  });

  it('when an include names nothing, or a define includes itself, then it fails with the name', () => {
    const loop = definesIn('{{- define "loop" -}}{{ include "loop" . }}{{- end -}}');

    expect(() => expandIncludes('{{ include "missing" . }}', new Map())).toThrow(
      'undefined template "missing"',
    );
    expect(() => expandIncludes('{{ include "loop" . }}', loop)).toThrow('loop -> loop');
  });

  it('when an if has no end, then the file is refused', () => {
    expect(() => definesIn('{{ if .Values.x }}open')).toThrow('{{ if }} without {{ end }}');
  });
});
