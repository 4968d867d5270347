import { AppError } from '../errors.ts';

/** Reads the fields of one record, naming the file, line and column in every error. */
export class FieldReader {
  constructor(
    private readonly fileName: string,
    readonly line: number,
    private readonly fields: readonly string[],
    private readonly columns: readonly string[],
  ) {}

  /** The trimmed text of column `index`. */
  text(index: number): string {
    return (this.fields[index] ?? '').trim();
  }

  /** The text, or null when empty. */
  optionalText(index: number): string | null {
    const value = this.text(index);
    return value === '' ? null : value;
  }

  /** A number (SIPRI writes plain decimals such as `0.25`), or null when empty. */
  number(index: number): number | null {
    const value = this.text(index);
    if (value === '') return null;
    if (!/^-?\d+(\.\d+)?$/.test(value)) throw this.error(index, `is not a number: "${value}"`);
    return Number(value);
  }

  /** A four-digit year, or null when empty. */
  year(index: number): number | null {
    const value = this.text(index);
    if (value === '') return null;
    return this.checkYear(index, value);
  }

  /** SIPRI's `;`-separated list of years ("2018; 2019"), sorted, each once. */
  years(index: number): number[] {
    const parts = this.text(index)
      .split(';')
      .map((part) => part.trim())
      .filter((part) => part !== '');
    return [...new Set(parts.map((part) => this.checkYear(index, part)))].sort((a, b) => a - b);
  }

  /** A Yes/No column; empty reads as `fallback`. */
  yesNo(index: number, fallback: boolean | null): boolean | null {
    const value = this.text(index).toLowerCase();
    if (value === '') return fallback;
    if (value === 'yes') return true;
    if (value === 'no') return false;
    throw this.error(index, `must be Yes or No, got "${this.text(index)}"`);
  }

  /** A `?` uncertainty flag column: `?` or empty. */
  flag(index: number): boolean {
    const value = this.text(index);
    if (value === '') return false;
    if (value === '?') return true;
    throw this.error(index, `must be "?" or empty, got "${value}"`);
  }

  /** An error about this record as a whole. */
  /** Fails unless the record has one field per column: fewer usually means the file was cut short. */
  checkWidth(): void {
    if (this.fields.length === this.columns.length) return;
    throw this.problem(
      `has ${this.fields.length} fields, expected ${this.columns.length} (is the file cut short?)`,
    );
  }

  problem(message: string): AppError {
    return new AppError('invalid_input', `${this.fileName}: line ${this.line}: ${message}`);
  }

  private checkYear(index: number, value: string): number {
    if (!/^\d{4}$/.test(value)) throw this.error(index, `is not a year: "${value}"`);
    return Number(value);
  }

  private error(index: number, message: string): AppError {
    return this.problem(`column "${this.columns[index]?.trim() || `#${index + 1}`}" ${message}`);
  }
}
