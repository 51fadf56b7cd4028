import { describe, expect, it } from 'vitest';
import { exitCodeOf, runFailure } from '../../src/cli/exit-code.js';
import type { Diagnostic, FileError, Notice } from '../../src/types.js';

const finding = (severity: 'error' | 'warning'): Diagnostic => ({
  ruleId: 'placeholder/letter-mask', file: 'a.txt', fatal: false, severity, message: '未填写的占位符“X”', text: 'X',
  line: 1, column: 1, endLine: 1, endColumn: 2, context: 'X县',
});
const unreadable: FileError = { file: 'b.txt', stage: 'read', severity: 'error', fatal: true, message: 'binary content' };
const passedOver: FileError = { file: 'c.pdf', stage: 'skipped', severity: 'info', fatal: true, message: 'PDF, not read' };

describe('exitCodeOf', () => {
  it('is 0 for nothing, warnings without a limit, and notes about files passed over', () => {
    expect(exitCodeOf([], { processed: 0 })).toBe(0);
    expect(exitCodeOf([finding('warning'), finding('warning'), passedOver], { processed: 1 })).toBe(0);
    expect(exitCodeOf([finding('warning')], { processed: 1, maxWarnings: 1 })).toBe(0);
  });

  it('is 1 for a finding at error level, more warnings than the limit, or a file left out while others were processed', () => {
    expect(exitCodeOf([finding('error')], { processed: 1 })).toBe(1);
    expect(exitCodeOf([finding('warning'), finding('warning')], { processed: 1, maxWarnings: 1 })).toBe(1);
    expect(exitCodeOf([finding('warning'), passedOver], { processed: 1, maxWarnings: 0 })).toBe(1);
    expect(exitCodeOf([passedOver, passedOver], { processed: 1, maxWarnings: 0 })).toBe(0);
    expect(exitCodeOf([unreadable], { processed: 3 })).toBe(1);
  });

  it('is 2 when nothing could be processed, and for a failure of the whole run', () => {
    expect(exitCodeOf([unreadable], { processed: 0 })).toBe(2);
    expect(exitCodeOf([passedOver], { processed: 0 })).toBe(2);
    const usage: Notice = runFailure('--format: unknown format "xml"');
    expect(exitCodeOf([usage], { processed: 0 })).toBe(2);
  });
});
