import { CopyButton } from './CopyButton.tsx';

/** A shell command in a code block, with its own Copy button. */
export function NextStepsCommand({ command, name }: { command: string; name: string }) {
  return (
    <div className="step-command">
      <pre className="code" aria-label={`Command: ${name}`} tabIndex={0}>
        {command}
      </pre>
      <CopyButton text={command} label={`Copy command: ${name}`} />
    </div>
  );
}
