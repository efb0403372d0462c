// Readiness: the checklist items of each round type, each met by evidence in the history.
import type { BackupStoryDrill } from './backup-format.ts';
import { loopCounts, stageStates } from './full-loop.ts';
import { DESIGN_STEPS, type SessionRecord } from './loop-records.ts';
import {
  acceptedItem,
  acceptedSubmits,
  completedIds,
  counted,
  drillProblem,
  roundCounts,
  sessionCounts,
  MINUTE_MS,
  title,
  type ChecklistItem,
  type ReadinessBank,
  type ReadinessHistory,
} from './readiness-history.ts';

export function codingItems(history: ReadinessHistory, bank: ReadinessBank): ChecklistItem[] {
  const accepted = acceptedSubmits(history);
  const mlIds = new Set(bank.problems.filter((p) => p.family === 'ml').map((p) => p.id));
  const firstPerMlProblem = [
    ...new Map(
      accepted
        .filter((a) => mlIds.has(a.problemId))
        .reverse()
        .map((a) => [a.problemId, a]),
    ).values(),
  ].sort((a, b) => a.at - b.at);
  const longRounds = history.rounds.filter(
    (r) => r.round.durationMs >= 45 * MINUTE_MS && r.round.assists === 'off' && roundCounts(r),
  );
  return [
    acceptedItem(
      bank,
      accepted,
      'gradient-descent-20',
      'A from-scratch gradient descent accepted within 20 minutes of the round’s start',
      ['gradient-descent'],
      20 * MINUTE_MS,
    ),
    acceptedItem(bank, accepted, 'k-fold', 'A k-fold split written from scratch and accepted', ['k-fold']),
    acceptedItem(bank, accepted, 'precision-recall-f1', 'Precision, recall and F1 from a confusion matrix, accepted', [
      'precision',
      'recall',
      'f1',
    ]),
    {
      id: 'ml-problems-10',
      type: 'coding',
      label: 'Ten different ML tasks accepted under the round clock',
      ...counted(firstPerMlProblem.length, 10),
      evidence: firstPerMlProblem.map((a) => ({
        kind: 'round',
        id: a.roundId,
        at: a.at,
        detail: `${title(bank, a.problemId)} accepted`,
      })),
      drill: drillProblem(
        bank,
        (p) => p.family === 'ml' && !firstPerMlProblem.some((a) => a.problemId === p.id),
        'ml-coding',
      ),
    },
    {
      id: 'rounds-45',
      type: 'coding',
      label: 'Five 45-minute rounds finished with every assist off',
      ...counted(longRounds.length, 5),
      evidence: longRounds.map(({ round }) => ({
        kind: 'round',
        id: round.id,
        at: round.startedAt,
        detail: `${Math.round(round.durationMs / MINUTE_MS)}-minute round`,
      })),
      drill: { kind: 'template', templateId: 'coding' },
    },
  ];
}

type Session<K extends SessionRecord['kind']> = Extract<SessionRecord, { kind: K }>;
/** Practice rounds of one kind that count (ran 80% of their length or were finished), oldest first. */
const ended = <K extends SessionRecord['kind']>(history: ReadinessHistory, kind: K) =>
  history.sessions
    .filter((s): s is Session<K> => s.kind === kind && sessionCounts(s))
    .sort((a, b) => a.startedAt - b.startedAt);

export function fundamentalsItems(history: ReadinessHistory, bank: ReadinessBank): ChecklistItem[] {
  const sessions = history.sessions.filter((s): s is Session<'fundamentals'> => s.kind === 'fundamentals');
  const deep = ended(history, 'fundamentals').filter((s) => {
    const good = s.items.filter((i) => i.grade === 'mechanism' || i.grade === 'mechanism-example').length;
    return s.items.length >= 20 && good * 2 >= s.items.length;
  });
  const answered = new Set(
    sessions.flatMap((s) =>
      s.items
        .filter((i) => i.answeredAt !== undefined || i.grade !== undefined)
        .map((i) => bank.questionTopics[i.questionId]),
    ),
  );
  const missing = bank.topics.filter((t) => !answered.has(t));
  return [
    {
      id: 'fundamentals-20',
      type: 'fundamentals',
      label: 'A 20-question round with at least half the answers graded mechanism or better',
      met: deep.length > 0,
      evidence: deep
        .slice(0, 1)
        .map((s) => ({ kind: 'session', id: s.id, at: s.endedAt!, detail: `${s.items.length} questions` })),
      drill: { kind: 'template', templateId: 'ml-fundamentals' },
    },
    {
      id: 'fundamentals-topics',
      type: 'fundamentals',
      label: 'Every fundamentals topic answered at least once',
      ...counted(bank.topics.length - missing.length, bank.topics.length),
      evidence: [],
      drill: { kind: 'template', templateId: 'ml-fundamentals' },
      ...(missing.length > 0
        ? { hint: `Not yet answered: ${missing.map((t) => bank.topicNames[t] ?? t).join(', ')}` }
        : {}),
    },
  ];
}

export function designItems(history: ReadinessHistory): ChecklistItem[] {
  // Walking all six steps is the design round's own completion, however early it ended.
  const sessions = history.sessions
    .filter((s): s is Session<'design'> => s.kind === 'design' && s.endedAt !== undefined)
    .sort((a, b) => a.startedAt - b.startedAt);
  const walked = sessions.filter((s) => {
    const done = DESIGN_STEPS.map((step) => s.steps.find((r) => r.step === step));
    if (done.some((r) => r?.endedAt === undefined || r.notes.trim() === '')) return false;
    return Math.max(...done.map((r) => r!.endedAt!)) - s.startedAt <= 40 * MINUTE_MS;
  });
  const numbered = sessions.filter((s) =>
    (['storage', 'qps', 'latency', 'refresh'] as const).every((k) => (s.numbers[k] ?? '').trim() !== ''),
  );
  const evidence = (s: Session<'design'>) => ({
    kind: 'session' as const,
    id: s.id,
    at: s.endedAt!,
    detail: s.promptTitle,
  });
  return [
    {
      id: 'design-end-to-end-40',
      type: 'design',
      label: 'A system design walked end to end, all six steps, in 40 minutes or less',
      met: walked.length > 0,
      evidence: walked.slice(0, 1).map(evidence),
      drill: { kind: 'template', templateId: 'ml-system-design' },
    },
    {
      id: 'design-numbers',
      type: 'design',
      label: 'A design with figures for storage, requests per second, latency and refresh',
      met: numbered.length > 0,
      evidence: numbered.slice(0, 1).map(evidence),
      drill: { kind: 'template', templateId: 'ml-system-design' },
    },
  ];
}

const STORY_LIMIT_MS = 90_000;

export function behavioralItems(history: ReadinessHistory): ChecklistItem[] {
  const firstFit = new Map<string, BackupStoryDrill>();
  for (const d of [...history.storyDrills].sort((a, b) => a.startedAt - b.startedAt)) {
    // The 30-second stage is short by design: only full-length tellings count here.
    if (d.stage !== 'short' && d.durationMs <= STORY_LIMIT_MS && !firstFit.has(d.storyId)) firstFit.set(d.storyId, d);
  }
  const fits = [...firstFit.values()];
  const rounds = ended(history, 'behavioral');
  return [
    {
      id: 'stories-90',
      type: 'behavioral',
      label: 'Three different STAR stories told in 90 seconds or less',
      ...counted(fits.length, 3),
      evidence: fits.map((d) => ({
        kind: 'story-drill',
        id: d.id,
        at: d.startedAt,
        detail: `${Math.round(d.durationMs / 1000)} s`,
      })),
      drill: { kind: 'stories' },
    },
    {
      id: 'behavioral-round',
      type: 'behavioral',
      label: 'A behavioral round finished',
      met: rounds.length > 0,
      evidence: rounds
        .slice(0, 1)
        .map((s) => ({ kind: 'session', id: s.id, at: s.endedAt!, detail: `${s.items.length} questions` })),
      drill: { kind: 'template', templateId: 'behavioral' },
    },
  ];
}

/** A loop counts as a full loop when it had four rounds or more (a phone screen does not). */
const FULL_LOOP_ROUNDS = 4;

export function mockItems(history: ReadinessHistory): ChecklistItem[] {
  // Each round of the loop must count as in the loop summary: a stage ended after seconds does not.
  const ends = new Map<string, number | undefined>([
    ...history.rounds.map((r): [string, number | undefined] => [r.round.id, r.round.endedAt]),
    ...history.sessions.map((s): [string, number | undefined] => [s.id, s.endedAt]),
  ]);
  const completed = completedIds(history);
  const loops = history.loops
    .filter((l) => l.endedAt !== undefined && l.stages.filter((s) => s.kind !== 'break').length >= FULL_LOOP_ROUNDS)
    .filter((l) => loopCounts(l, stageStates(l, ends, Infinity), completed))
    .sort((a, b) => a.endedAt! - b.endedAt!);
  // A paired round whose interviewer filed a scorecard: a mock with a person and calibrated feedback.
  const paired = history.rounds
    .flatMap(({ round, events }) =>
      events
        .filter((e) => e.type === 'partner-feedback')
        .slice(0, 1)
        .map((e) => ({ round, at: e.at })),
    )
    .sort((a, b) => a.at - b.at);
  return [
    {
      id: 'partner-mock',
      type: 'mock',
      label: 'One mock with a partner as the interviewer, with their scorecard',
      met: paired.length > 0,
      evidence: paired
        .slice(0, 1)
        .map(({ round, at }) => ({ kind: 'round', id: round.id, at, detail: 'Scorecard from your partner' })),
      drill: { kind: 'template', templateId: 'coding' },
      ...(paired.length === 0
        ? {
            hint: 'Run a coding round paired with a colleague as the interviewer, and ask them to file the scorecard before the round ends.',
          }
        : {}),
    },
    {
      id: 'full-loop',
      type: 'mock',
      label: 'A full loop of four rounds finished',
      met: loops.length > 0,
      evidence: loops
        .slice(0, 1)
        .map((l) => ({ kind: 'loop', id: l.id, at: l.endedAt!, detail: l.name ?? 'Full loop' })),
      drill: { kind: 'template', templateId: 'full-loop' },
    },
  ];
}
