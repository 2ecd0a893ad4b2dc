import type { Middleware } from 'koa';
import { HttpProblem } from './http-problem';

/**
 * First in each upstream's chain: HttpProblems become the HMPPS ErrorResponse body the real services send
 * (`{status, userMessage, developerMessage}`); anything else is a 500, as a Spring service would answer.
 */
export function errorBody(): Middleware {
  return async (ctx, next) => {
    try {
      await next();
      if (ctx.status === 404 && ctx.body === undefined && ctx.respond !== false) {
        throw new HttpProblem(404, `No resource found for ${ctx.method} ${ctx.path}`);
      }
    } catch (error) {
      const problem =
        error instanceof HttpProblem
          ? error
          : new HttpProblem(500, 'Unexpected error', (error as Error).message);
      ctx.status = problem.status;
      ctx.body = {
        status: problem.status,
        userMessage: problem.userMessage,
        ...(problem.developerMessage === undefined ? {} : { developerMessage: problem.developerMessage }),
      };
    }
  };
}
