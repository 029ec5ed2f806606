import type { Command } from '../io.ts';
import { codeCommand } from './code.ts';
import { configCommand } from './config.ts';
import { diffCommand } from './diff.ts';
import { linkCommand, unlinkCommand } from './link.ts';
import { renderCommand } from './render.ts';
import { validateCommand } from './validate.ts';

/** Every CLI command, in the order `--help` lists them. */
export const commands: readonly Command[] = [configCommand, validateCommand, renderCommand, diffCommand, linkCommand, unlinkCommand, codeCommand];
