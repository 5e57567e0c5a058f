// The builder's date fields are datetime-local inputs, in the marketer's own time; the content holds ISO 8601
// times with an offset, which mean the same instant wherever a visitor is.

const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');

/** A datetime-local value (the marketer's own time) as ISO 8601 with the marketer's offset, or undefined. */
export function withOffset(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  if (isNaN(date.getTime())) return undefined;
  const offset = -date.getTimezoneOffset();
  return `${value.length === 16 ? `${value}:00` : value}${offset < 0 ? '-' : '+'}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

/** An ISO 8601 time as a datetime-local value in the marketer's own time; '' when it is not one. */
export function toLocalInput(iso: unknown): string {
  const date = new Date(typeof iso === 'string' ? iso : NaN);
  if (isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
