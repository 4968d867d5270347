import type { ShareFact, ShareRow } from '../model/index.ts';
import { tally } from './disputed.ts';
import { part, rowId } from './ids.ts';
import { byReportOrder, type Report, sourceFields } from './reports.ts';
import { readShareWording } from './share-words.ts';

type ShareReport = Report<ShareFact>;

/**
 * Share reports -> one row per statement: same subject, role, counterpart and period. Different periods are
 * different statements; the same statement with different figures is one row with a conflict.
 */
export function resolveShares(reports: readonly ShareReport[]): ShareRow[] {
  const groups = new Map<string, ShareReport[]>();
  for (const report of [...reports].sort(byReportOrder)) {
    const key = shareGroup(report.fact);
    const group = groups.get(key);
    if (group) group.push(report);
    else groups.set(key, [report]);
  }
  return [...groups].map(([key, group]) => buildRow(key, group));
}

/** `share|subject|role|counterpart|start-end`: one statement, so one row, so both its key and its group. */
export function shareGroup(fact: ShareFact): string {
  return [
    'share',
    fact.subject,
    fact.role,
    part(fact.counterpart),
    `${part(fact.period_start)}-${part(fact.period_end)}`,
  ].join('|');
}

function buildRow(key: string, reports: ShareReport[]): ShareRow {
  const { fact } = reports[0]!;
  const sharePct = tally(reports.map((report) => ({ value: report.fact.share_pct, report })));
  const publisher = tally(reports.map((report) => ({ value: report.fact.source, report })));
  return {
    id: rowId('share', key),
    key,
    group: key,
    kind: 'share',
    subject: fact.subject,
    role: fact.role,
    counterpart: fact.counterpart,
    periodStart: fact.period_start,
    periodEnd: fact.period_end,
    sharePct,
    wording: firstWording(reports),
    publisher,
    conflicts: sharePct.conflict ? ['sharePct'] : [],
    ...sourceFields(reports),
  };
}

/** The first share in words that the evidence of the reports gives, where the article text is at hand. */
function firstWording(reports: ShareReport[]) {
  for (const { article, fact } of reports) {
    const text = article.text;
    if (!text) continue;
    for (const span of fact.evidence) {
      const wording = readShareWording(text.slice(span.start, span.end));
      if (wording) return wording;
    }
  }
  return null;
}
