/**
 * An input the linter cannot read. The message is shown to the user as is, after the file name,
 * in the language of the run: English (`message`) and Bahasa Indonesia (`id`), both from the
 * message catalogue (src/messages.ts).
 */
import { both, type MessageKey, type Vars } from '../messages.js';
import type { Text } from '../rule.js';

export class InputError extends Error {
  readonly id: string;
  constructor(key: MessageKey, vars: Vars = {}) {
    const text = both(key, vars);
    super(text.en);
    this.name = 'InputError';
    this.id = text.id;
  }
  /** An error whose text was already taken from the catalogue in both languages (a sniffed reason). */
  static of(text: Text): InputError {
    return new InputError('http.failed', { reason: text });
  }
  text(lang: 'id' | 'en'): string {
    return lang === 'id' ? this.id : this.message;
  }
}
