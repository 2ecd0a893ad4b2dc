export * from './csv';
export * from './csv-report';
export {
  reportParameterError,
  type ParameterProblem,
  type ParsedParameters,
  type QueryParameters,
  type ReportParameterError,
} from './report-parameters';
export * from './report-query';
export * from './match-summary';
export * from './merge-sorted';
export * from './report-ranges';
export * from './report-rows.port';
