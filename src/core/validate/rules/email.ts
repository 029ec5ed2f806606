/** A plausible e-mail address for ACME registration: what is wrong with it, or undefined. */
export function emailProblem(email: string): string | undefined {
  const trimmed = email.trim();
  if (trimmed === '') return 'is empty';
  if (trimmed !== email) return 'has spaces around it';
  if (/\s/.test(email)) return 'contains spaces';
  const at = email.lastIndexOf('@');
  if (at <= 0 || email.indexOf('@') !== at) return 'is not an e-mail address (one `@` between a name and a domain)';
  const domain = email.slice(at + 1);
  if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/.test(domain)) {
    return `has an invalid domain \`${domain}\``;
  }
  if (/(^|\.)example\.(com|org|net)$/i.test(domain)) {
    return `uses \`${domain}\`, which Let's Encrypt refuses for account contacts; give a real address`;
  }
  return undefined;
}
