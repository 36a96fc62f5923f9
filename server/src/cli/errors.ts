import type { Localized } from '../core';

function localize(message: string | Localized): Localized {
  return typeof message === 'string' ? { en: message, nl: message } : message;
}

/** A mistake in how the tool was called: reported on stderr with a pointer to `--help`, exit code 2. */
export class UsageError extends Error {
  readonly text: Localized;
  constructor(message: string | Localized) {
    const text = localize(message);
    super(text.en);
    this.name = 'UsageError';
    this.text = text;
  }
}

/**
 * A file or value the tool was pointed at cannot be used (unreadable, malformed, already there):
 * exit code 2 like a usage error, but `--help` would not help, so it is not suggested.
 */
export class InputError extends UsageError {
  constructor(message: string | Localized) {
    super(message);
    this.name = 'InputError';
  }
}
