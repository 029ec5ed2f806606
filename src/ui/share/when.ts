/** A stored ISO time as the admin reads it ("5/12/2026, 10:32:07 AM"), or a plain word when unknown. */
export function whenText(iso: string | undefined): string {
  if (!iso) return 'earlier';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? 'earlier' : date.toLocaleString();
}
