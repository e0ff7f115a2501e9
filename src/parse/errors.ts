/** An input the linter cannot read; the message is shown to the user as is, after the file name. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}
