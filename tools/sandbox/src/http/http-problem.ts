/** An error answer in the HMPPS ErrorResponse shape, thrown by route handlers and turned into a response. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly userMessage: string,
    readonly developerMessage?: string,
  ) {
    super(userMessage);
    this.name = 'HttpProblem';
  }
}

export const notFound = (userMessage: string) => new HttpProblem(404, userMessage);
export const badRequest = (userMessage: string, developerMessage?: string) =>
  new HttpProblem(400, userMessage, developerMessage);
