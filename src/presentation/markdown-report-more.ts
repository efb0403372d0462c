// The report's remaining parts: the interviewer's scorecard of a paired round, stories and story
// drills, full loops and study plans. Pure; every piece of user text goes through escapeMarkdown
// or blockquote, so nothing typed can add headings, tables, links or HTML to the report.
import type { BackupStory, BackupStoryDrill } from '../domain/backup-format.ts';
import { countsAsDone, loopSummary, stageStates } from '../domain/full-loop.ts';
import type { LoopRecord, PlanRecord } from '../domain/loop-records.ts';
import { sectionLabel } from '../domain/round-template.ts';
import { RATING_LABELS, SIGNALS, type Scorecard } from '../domain/scorecard.ts';
import { DRILL_STAGES } from '../domain/story-drill.ts';
import { blockquote, date, dateTime, duration, escapeMarkdown } from './markdown-text.ts';
import { count, DECISION_LABEL } from './labels.ts';

/** The scorecard a partner filed: decision, each signal with its rating and comment, the summary. */
export function scorecardLines(card: Scorecard): string[] {
  const out = ['Scorecard from your interviewer:', '', `- Hire decision: ${DECISION_LABEL[card.decision]}`];
  for (const s of SIGNALS) {
    const score = card.signals[s.id];
    out.push(
      `- ${s.label}: ${score.rating} of 5 (${RATING_LABELS[score.rating].toLowerCase()})` +
        (score.comment.trim() ? `: ${escapeMarkdown(score.comment)}` : ''),
    );
  }
  if (card.summary.trim() !== '') out.push('', blockquote(card.summary));
  out.push('');
  return out;
}

const STAGE_LABEL = Object.fromEntries(DRILL_STAGES.map((s) => [s.kind, s.label]));

/** The stories in the inventory and every timed telling of each. */
export function storiesSection(stories: readonly BackupStory[], drills: readonly BackupStoryDrill[]): string[] {
  const out = ['## Stories and story drills', ''];
  if (stories.length === 0 && drills.length === 0) return [...out, 'No stories yet.', ''];
  const titles = new Map(stories.map((s) => [s.id, s.title]));
  out.push(`${count(stories.length, 'story', 'stories')}, ${count(drills.length, 'drill')}.`, '');
  for (const story of [...stories].sort((a, b) => a.createdAt - b.createdAt)) {
    const mine = drills.filter((d) => d.storyId === story.id).sort((a, b) => a.startedAt - b.startedAt);
    out.push(`### ${escapeMarkdown(story.title)}`, '');
    if (story.tags.length > 0) out.push(`- Tags: ${story.tags.map(escapeMarkdown).join(', ')}`);
    out.push(`- Drills: ${mine.length === 0 ? 'none yet' : mine.length}`);
    for (const d of mine) out.push(`  - ${drillLine(d)}`);
    out.push('');
  }
  const orphans = drills.filter((d) => !titles.has(d.storyId));
  if (orphans.length > 0) {
    out.push('### Drills of deleted stories', '');
    for (const d of orphans) out.push(`- ${drillLine(d)}`);
    out.push('');
  }
  return out;
}

function drillLine(d: BackupStoryDrill): string {
  const ratings = [
    d.structure ? `structure ${d.structure}` : null,
    d.specificity ? `specificity ${d.specificity}` : null,
  ]
    .filter(Boolean)
    .join(', ');
  const over = d.overrunMs > 0 ? `, ${duration(d.overrunMs)} over` : '';
  return (
    `${dateTime(d.startedAt)}: ${STAGE_LABEL[d.stage] ?? d.stage}, told in ${duration(d.durationMs)} of ${duration(d.limitMs)}${over}` +
    (ratings ? `; ${ratings}` : '')
  );
}

/** End times of the rounds and sessions the loops point at, and which were completed early. */
export interface LoopRefs {
  ends: ReadonlyMap<string, number | undefined>;
  completed: ReadonlySet<string>;
}

/** Each full loop: its rounds in order with the time each took, and whether it counts. */
export function loopsSection(loops: readonly LoopRecord[], refs: LoopRefs): string[] {
  const out = ['## Full loops', ''];
  if (loops.length === 0) return [...out, 'No full loops yet.', ''];
  for (const loop of [...loops].sort((a, b) => b.startedAt - a.startedAt)) {
    const states = stageStates(loop, refs.ends, Infinity);
    const done = loopSummary(loop, states, refs.completed);
    const rounds = loop.stages.filter((s) => s.kind !== 'break');
    out.push(`### ${dateTime(loop.startedAt)} · ${escapeMarkdown(loop.name ?? 'Full loop')}`, '');
    out.push(
      `- Status: ${loop.endedAt !== undefined ? `finished ${dateTime(loop.endedAt)}` : `${done.length} of ${count(rounds.length, 'round')} done`}`,
    );
    for (const s of done) {
      const note = countsAsDone(s.usedMs, s.allowedMs, refs.completed.has(s.refId))
        ? ''
        : ' (ended early: does not count)';
      out.push(`- ${sectionLabel(s.stage)}: ${duration(s.usedMs)} of ${duration(s.allowedMs)}${note}`);
    }
    out.push('');
  }
  return out;
}

/** Each study plan: its length, dates and the days done. */
export function plansSection(plans: readonly PlanRecord[]): string[] {
  const out = ['## Study plans', ''];
  if (plans.length === 0) return [...out, 'No study plan yet.', ''];
  for (const p of [...plans].sort((a, b) => b.createdAt - a.createdAt)) {
    const days = p.weeks * 7;
    out.push(
      `- ${count(p.weeks, 'week')} from ${date(p.startsOn)} to the interview on ${date(p.interviewOn)}: ${p.doneDays.length} of ${count(days, 'day')} ticked off`,
    );
  }
  out.push('');
  return out;
}
