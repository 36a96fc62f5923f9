/**
 * The one error boundary of the server shell. A request handler that throws is logged with its
 * stack and answered with an error response, so a failing service shows up in the client, the
 * log and the tests, instead of passing for "no results".
 */
import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';

export type Handler<P, R> = (params: P, token: CancellationToken) => R | Promise<R>;

export function guarded<P, R>(method: string, log: (message: string) => void, handler: Handler<P, R>): Handler<P, R | ResponseError<void>> {
  const fail = (error: unknown): ResponseError<void> => {
    if (error instanceof ResponseError) return error as ResponseError<void>;
    log(`${method} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return new ResponseError(LSPErrorCodes.RequestFailed, `${method} failed: ${error instanceof Error ? error.message : String(error)}`);
  };
  return (params, token) => {
    try {
      const result = handler(params, token);
      return result instanceof Promise ? result.catch(fail) : result;
    } catch (error) {
      return fail(error);
    }
  };
}
