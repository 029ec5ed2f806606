import { Fragment } from 'react';

/** A problem's message, its `backticked` names shown as code rather than as raw backticks. */
export function ProblemText({ text }: { text: string }) {
  const parts = text.split('`');
  // an odd count of backticks: show the text as it is rather than guess
  if (parts.length % 2 === 0) return <>{text}</>;
  return (
    <>
      {parts.map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : <Fragment key={i}>{part}</Fragment>))}
    </>
  );
}

/** The page of the docs a problem points to; opened in a new tab (the wizard itself stays offline). */
export function ProblemDoc({ href }: { href: string | undefined }) {
  if (!href) return null;
  return (
    <>
      {' '}
      <a className="problem-doc" href={href} target="_blank" rel="noopener noreferrer">
        Docs
      </a>
    </>
  );
}
