import type { Frame, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeSummary {
  violations: string[];
  /** Nodes that passed at least one rule: shows the scan really covered the document. */
  checkedNodes: number;
}

/**
 * Runs axe-core inside one document (the reader view's frame, the popup). Run
 * in place rather than through AxeBuilder, whose frame injection into the
 * cross-origin view is not reliable.
 */
export async function axeScan(target: Frame | Page): Promise<AxeSummary> {
  await target.evaluate(axeSource);
  return target.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{
      violations: { id: string; nodes: { target: string[] }[] }[];
      passes: { nodes: unknown[] }[];
    }> } }).axe;
    const results = await axe.run(document, { resultTypes: ['violations', 'passes'] });
    return {
      violations: results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      checkedNodes: results.passes.reduce((sum, rule) => sum + rule.nodes.length, 0),
    };
  });
}
