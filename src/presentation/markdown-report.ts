// A printable Markdown report of coding rounds, practice rounds and the gap log. Pure: the time of
// printing comes in as `now`. Every piece of user text goes through escapeMarkdown or blockquote, so nothing typed in
// the app can add headings, tables, links or HTML to the report. Dates are in UTC, and say so.
import { narrationLines, type ReportNarration } from './narration-text.ts';
import type { GapEntry } from '../domain/gap-entry.ts';
import type { InterruptionSettings } from '../domain/interruption-scheduler.ts';
import type { BackupStory, BackupStoryDrill } from '../domain/backup-format.ts';
import type { LoopRecord, PlanRecord } from '../domain/loop-records.ts';
import { formatClock } from '../domain/round-clock.ts';
import { count, ROUND_END_LABEL, runSummaryText } from './labels.ts';
import { loopsSection, plansSection, scorecardLines, storiesSection, type LoopRefs } from './markdown-report-more.ts';
import {
  boardLines,
  sessionsSection,
  sessionsSummaryLine,
  type ReportBoard,
  type ReportSession,
} from './markdown-report-sessions.ts';
import { blockquote, date, dateTime, duration, escapeMarkdown, indent } from './markdown-text.ts';
import {
  endOf,
  interruptions,
  latestVerdicts,
  type EndReason,
  type RunSummary,
  type TimelineEvent,
} from '../domain/timeline.ts';

export interface ReportRound {
  round: {
    id: string;
    problemIds: string[];
    startedAt: number;
    durationMs: number;
    interruptions?: InterruptionSettings;
    endedAt?: number;
    endReason?: EndReason;
  };
  events: TimelineEvent[];
  /** Problem titles by id; an id without a title is shown as the id. */
  titles: Record<string, string>;
  /** The narration coach's reading of the round's think-aloud recording, if it has one. */
  narration?: ReportNarration;
  /** The round's Sketch as it ended, if one was drawn. */
  sketch?: ReportBoard;
}

export interface ReportInput {
  rounds: ReportRound[];
  /** Fundamentals, system design and behavioral sessions (absent: none). */
  sessions?: ReportSession[];
  gaps: GapEntry[];
  categories: { id: string; label: string }[];
  /** Stories and their timed tellings, full loops (with their rounds' ends) and study plans (absent: none). */
  stories?: BackupStory[];
  storyDrills?: BackupStoryDrill[];
  loops?: LoopRecord[];
  loopRefs?: LoopRefs;
  plans?: PlanRecord[];
  now: number;
}

const UNCATEGORISED = 'Uncategorised';

export { blockquote, escapeMarkdown } from './markdown-text.ts';
export type { ReportSession } from './markdown-report-sessions.ts';

/** The report as Markdown text, newest round first. */
export function markdownReport(input: ReportInput): string {
  const rounds = [...input.rounds].sort((a, b) => b.round.startedAt - a.round.startedAt);
  const titles: Record<string, string> = Object.assign({}, ...input.rounds.map((r) => r.titles));
  const sessions = input.sessions ?? [];
  const starts = [...rounds.map((r) => r.round.startedAt), ...sessions.map((r) => r.session.startedAt)];
  const out = [
    '# Mockloop report',
    '',
    `Printed ${dateTime(input.now)} (UTC).`,
    '',
    '## Summary',
    '',
    ...summary(rounds, input.gaps, input.now, starts),
    sessionsSummaryLine(sessions),
    '',
  ];

  out.push('## Rounds', '');
  if (rounds.length === 0) out.push('No rounds yet.', '');
  for (const r of rounds) out.push(...roundSection(r));
  out.push(...sessionsSection(sessions));
  out.push(...loopsSection(input.loops ?? [], input.loopRefs ?? { ends: new Map(), completed: new Set() }));
  out.push(...storiesSection(input.stories ?? [], input.storyDrills ?? []));
  out.push(...plansSection(input.plans ?? []));

  out.push('## Gap log', '');
  if (input.gaps.length === 0) out.push('No gaps logged.', '');
  for (const [label, gaps] of byCategory(input.gaps, input.categories)) {
    out.push(`### ${escapeMarkdown(label)} (${gaps.length})`, '');
    for (const g of gaps)
      out.push(
        ...gapSection(g, titles, input.now, g.categories.length > 1 ? categoryNames(g, input.categories) : null),
      );
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** The summary lines; the period spans every round and practice round in `starts`. */
function summary(
  rounds: readonly ReportRound[],
  gaps: readonly GapEntry[],
  now: number,
  starts: readonly number[],
): string[] {
  const ended = (reason: EndReason) => rounds.filter((r) => r.round.endReason === reason).length;
  const unfinished = rounds.filter((r) => r.round.endedAt === undefined).length;
  const problems = new Set(rounds.flatMap((r) => r.round.problemIds));
  const accepted = new Set(
    rounds.flatMap((r) =>
      Object.entries(latestVerdicts(r.events)).flatMap(([id, v]) => (v.submit?.status === 'accepted' ? [id] : [])),
    ),
  );
  const asked = rounds.flatMap((r) => interruptions(r.events));
  const latencies = asked.flatMap((i) => (i.answered ? [i.answered.latencyMs] : []));
  const open = gaps.filter((g) => g.status === 'open');
  const due = open.filter((g) => g.redrill.dueAt <= now).length;
  const lines = [
    `- Rounds: ${rounds.length} (${ended('time-up')} to time, ${ended('ended-early')} ended early, ${unfinished} not ended)`,
    `- Problems: ${problems.size} attempted, ${accepted.size} accepted on Submit`,
    `- Interruptions: ${asked.length} asked, ${latencies.length} answered` +
      (latencies.length > 0 ? `, median latency ${duration(median(latencies))}` : ''),
    `- Gap log: ${count(gaps.length, 'entry', 'entries')}, ${open.length} open (${due} due), ${gaps.length - open.length} fixed`,
  ];
  if (starts.length > 0) lines.splice(1, 0, `- Period: ${date(Math.min(...starts))} to ${date(Math.max(...starts))}`);
  return lines;
}

function roundSection({ round, events, titles, narration, sketch }: ReportRound): string[] {
  const title = (id: string) => escapeMarkdown(titles[id] ?? id);
  const end = endOf(events);
  const endedAt = round.endedAt ?? end?.at;
  const reason = round.endReason ?? end?.reason;
  const settings = round.interruptions;
  const asked = interruptions(events);
  const byInterviewer = asked.filter((i) => i.asked.source === 'interviewer').length;
  const scheduled =
    settings && settings.mode !== 'off'
      ? `${settings.mode === 'fixed' ? 'every' : 'about every'} ${count(settings.everyMin, 'min', 'min')}`
      : 'none scheduled';
  const scorecard = events.filter((e) => e.type === 'partner-feedback').at(-1);
  const out = [
    `### ${dateTime(round.startedAt)}`,
    '',
    `- Problems: ${round.problemIds.map(title).join(', ') || 'none'}`,
    `- Length: ${duration(round.durationMs)} planned` +
      (endedAt !== undefined ? `, ${duration(endedAt - round.startedAt)} taken` : ''),
    `- End: ${reason ? ROUND_END_LABEL[reason] : 'not ended'}`,
    // A paired round's questions come from the interviewer even with no schedule: say both.
    `- Interruptions: ${scheduled}` +
      (byInterviewer > 0 ? `; ${count(byInterviewer, 'question')} from your interviewer (paired round)` : ''),
    '',
  ];
  if (scorecard?.type === 'partner-feedback') out.push(...scorecardLines(scorecard.scorecard));
  if (narration) out.push(...narrationLines(narration, events, round.startedAt));
  if (sketch) out.push(...boardLines(sketch, 'Sketch'), '');

  const verdicts = latestVerdicts(events);
  out.push('| Problem | Last run | Last submit |', '| --- | --- | --- |');
  for (const id of round.problemIds)
    out.push(`| ${title(id)} | ${verdict(verdicts[id]?.run)} | ${verdict(verdicts[id]?.submit)} |`);
  out.push('');

  if (asked.length > 0) {
    out.push('Interruptions:', '');
    asked.forEach(({ asked: q, answered: a }, i) => {
      const when = formatClock(q.at - round.startedAt);
      const answer = a
        ? `answered after ${duration(a.latencyMs)}${a.aloud ? ' (aloud)' : ''}${a.rating ? `, rated ${a.rating}` : ''}`
        : 'not answered';
      out.push(`${i + 1}. At ${when} on ${title(q.problemId)}: ${escapeMarkdown(q.question)} (${answer})`);
      if (a && a.answer.trim() !== '') out.push('', indent(blockquote(a.answer)), '');
    });
    out.push('');
  }
  return out;
}

function categoryNames(g: GapEntry, categories: ReportInput['categories']): string {
  const labels = new Map(categories.map((c) => [c.id, c.label]));
  return g.categories.map((id) => escapeMarkdown(labels.get(id) ?? id)).join(', ');
}

function gapSection(g: GapEntry, titles: Record<string, string>, now: number, allCategories: string | null): string[] {
  const problem = g.problemId === null ? 'no problem' : escapeMarkdown(titles[g.problemId] ?? g.problemId);
  const status =
    g.status === 'fixed'
      ? 'fixed'
      : `open, re-drill due ${date(g.redrill.dueAt)}${g.redrill.dueAt <= now ? ' (overdue)' : ''}`;
  const out = [`#### ${date(g.createdAt)}: ${problem} (${status})`, ''];
  if (g.quote.trim() !== '') out.push(blockquote(g.quote), '');
  out.push(
    `- Fix: ${g.fix.trim() === '' ? 'none written' : escapeMarkdown(g.fix)}`,
    `- Due: ${date(g.redrill.dueAt)}`,
    `- Status: ${g.status === 'open' ? 'open' : 'fixed'}, ${g.redrill.streak === 0 ? 'no successful re-drill yet' : `${count(g.redrill.streak, 'successful re-drill')} in a row`}`,
    `- Moment: ${formatClock(g.momentMs)} into the round, logged by ${g.source === 'self' ? 'me' : 'a partner'}`,
  );
  if (allCategories) out.push(`- Categories: ${allCategories}`);
  if (g.tags.length > 0) out.push(`- Tags: ${g.tags.map(escapeMarkdown).join(', ')}`);
  out.push('');
  return out;
}

/**
 * Gaps under a category, in the categories' order. An entry is listed once, under the first of its
 * categories in that order, and names all of them.
 */
function byCategory(gaps: readonly GapEntry[], categories: ReportInput['categories']): [string, GapEntry[]][] {
  const labels = new Map(categories.map((c) => [c.id, c.label]));
  const order = new Map(categories.map((c, i) => [c.id, i]));
  const groups = new Map<string, GapEntry[]>(categories.map((c) => [c.label, []]));
  for (const g of [...gaps].sort((a, b) => b.createdAt - a.createdAt)) {
    const id = [...g.categories].sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity))[0] ?? null;
    const label = id === null ? UNCATEGORISED : (labels.get(id) ?? id);
    const group = groups.get(label) ?? [];
    group.push(g);
    groups.set(label, group);
  }
  return [...groups].filter(([, list]) => list.length > 0);
}

function verdict(s: RunSummary | undefined): string {
  if (!s) return 'none';
  const text = runSummaryText({
    ...s,
    ...(s.firstFailure ? { firstFailure: { ...s.firstFailure, name: escapeMarkdown(s.firstFailure.name) } } : {}),
  });
  const followup = s.followup ? `; follow-up: ${escapeMarkdown(s.followup)}` : '';
  return `${text}${followup}`;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
