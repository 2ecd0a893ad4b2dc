/** One query parameter a report cannot use, and why, in words an analyst can act on. */
export interface ParameterProblem {
  parameter: string;
  message: string;
}

/**
 * A report request whose query parameters are wrong: a business outcome (the caller's mistake, answered with
 * 400), never a fault. Lists every problem so the caller fixes the URL in one go.
 */
export interface ReportParameterError {
  code: 'REPORT.BAD_PARAMETER';
  problems: readonly ParameterProblem[];
  /** The problems as one sentence, each naming its parameter. */
  message: string;
}

export function reportParameterError(problems: readonly ParameterProblem[]): ReportParameterError {
  return {
    code: 'REPORT.BAD_PARAMETER',
    problems,
    message: problems.map((problem) => problem.message).join('; '),
  };
}

/** The outcome of reading a report's query parameters. */
export type ParsedParameters<T> = { kind: 'ok'; value: T } | { kind: 'invalid'; error: ReportParameterError };
