/**
 * An input the linter cannot read. The message is shown to the user as is, after the file name,
 * in the language of the run: English (`message`) and Bahasa Indonesia (`id`).
 */
export class InputError extends Error {
  readonly id: string;
  constructor(en: string, id: string) {
    super(en);
    this.name = 'InputError';
    this.id = id;
  }
  text(lang: 'id' | 'en'): string {
    return lang === 'id' ? this.id : this.message;
  }
}
