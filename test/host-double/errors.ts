/**
 * Errors shaped like Office.js's `OfficeExtension.Error` (at runtime the class is named
 * `RichApi.Error`): `code`, `message`, `debugInfo`, `traceMessages`, `innerError`.
 * Adapters branch on `code`, so the codes and messages below are the real ones.
 */
export interface DebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
  statement?: string;
}

const MESSAGES: Record<string, string> = {
  AccessDenied: 'You cannot perform the requested operation.',
  ApiNotFound:
    'The API you are trying to use could not be found. It may be available in a newer version of Excel.',
  EditConflict: 'The request could not be completed because of an edit conflict with another user.',
  GeneralException: 'There was an internal error while processing the request.',
  InvalidArgument: 'The argument is invalid or missing or has an incorrect format.',
  InvalidObjectPath:
    "The object path '{0}' isn't working for what you're trying to do. If you're using the object across " +
    'multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the ' +
    '"context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object\'s lifetime.',
  InvalidOperation: 'The operation attempted is invalid on the object.',
  InvalidReference: 'This reference is not valid for the current operation.',
  InvalidRequestContext: 'Cannot use the object across different request contexts.',
  ItemAlreadyExists: 'A resource with the same name or identifier already exists.',
  ItemNotFound: "The requested resource doesn't exist.",
  PropertyNotLoaded:
    "The property '{0}' is not available. Before reading the property's value, call the load method on the " +
    'containing object and call "context.sync()" on the associated request context.',
  RequestPayloadSizeLimitExceeded:
    'The request payload size has exceeded the limit. See the documentation: ' +
    'https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins.',
  ResponsePayloadSizeLimitExceeded:
    'The response payload size has exceeded the limit. See the documentation: ' +
    'https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins.',
  RunMustReturnPromise:
    'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, ' +
    'so that any automatically-tracked objects can be released at the completion of the batch operation. ' +
    'Typically, you return a promise by returning the response from "context.sync()".',
  ValueNotLoaded:
    'The value of the result object has not been loaded yet. Before reading the value property, call ' +
    '"context.sync()" on the associated request context.',
};

/** The double's `OfficeExtension.Error`. `name` is `'RichApi.Error'`, as the shipped runtime sets it. */
export class HostError extends Error {
  code: string;
  debugInfo: DebugInfo;
  traceMessages: string[] = [];
  innerError: HostError | null = null;

  constructor(code: string, message?: string, errorLocation?: string) {
    super(message ?? MESSAGES[code] ?? code);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message: this.message, ...(errorLocation ? { errorLocation } : {}) };
  }

  override toString(): string {
    return `${this.code}: ${this.message}`;
  }
}

/** A host error with the standard message for `code`; `{0}` in the template is replaced by `arg`. */
export function hostError(code: string, arg?: string, errorLocation?: string): HostError {
  const template = MESSAGES[code] ?? code;
  return new HostError(code, arg === undefined ? template : template.replace('{0}', arg), errorLocation);
}

/** A clear, loud error for any part of Office.js the double does not model. Never silent. */
export function unsupported(what: string): Error {
  const err = new Error(`not supported by the host double: ${what}`);
  err.name = 'HostDoubleUnsupported';
  return err;
}

export function isHostError(e: unknown): e is HostError {
  return e instanceof HostError;
}
