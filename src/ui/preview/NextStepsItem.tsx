import { memo } from 'react';
import type { Step } from '../../core/next-steps/index.ts';
import { ProblemText } from '../components/ProblemText.tsx';
import { downloadText } from './download.ts';
import { NextStepsCommand } from './NextStepsCommand.tsx';

/** One step: a checkbox with its title, why, the command, and the file it needs. */
export const NextStepsItem = memo(function NextStepsItem({ step, done, onToggle }: { step: Step; done: boolean; onToggle(id: string): void }) {
  const checkboxId = `step-${step.id}`;
  return (
    <li className={`step${done ? ' step-done' : ''}`} data-testid={`step ${step.id}`}>
      <div className="step-head">
        <input type="checkbox" id={checkboxId} checked={done} onChange={() => onToggle(step.id)} />
        <label htmlFor={checkboxId}>{step.title}</label>
      </div>
      <p className="hint"><ProblemText text={step.explanation} /></p>
      {step.file && (
        <button type="button" className="step-file" onClick={() => downloadText(step.file!.name, step.file!.text)}>
          Download {step.file.name}
        </button>
      )}
      {step.command && <NextStepsCommand command={step.command} name={step.title} />}
    </li>
  );
});
