// Where a practice round's or a story telling's recording can be jumped to (each design step, each
// question, each interviewer probe) and which stretches count as one answer for the coach. Pure.
import type { AnswerWindow } from './answer-coach.ts';
import { STEP_NAMES } from './design-round.ts';
import type { SessionRecord } from './loop-records.ts';

/** A moment of the recording worth jumping to (epoch ms). */
export interface JumpPoint {
  label: string;
  at: number;
}

/** An answer window with the name the review gives it. */
export interface LabelledAnswer extends AnswerWindow {
  label: string;
}

/** One jump point per design step started, or per question shown, in order. */
export function sessionJumpPoints(session: SessionRecord): JumpPoint[] {
  if (session.kind === 'design')
    return session.steps.flatMap((s, i) =>
      s.startedAt === undefined ? [] : [{ label: `Step ${i + 1}: ${STEP_NAMES[s.step]}`, at: s.startedAt }],
    );
  return session.items.map((item, i) => ({ label: `Question ${i + 1}`, at: item.shownAt }));
}

/** Each question's answer, from showing it to moving on (or the round's end). */
export function sessionAnswers(session: SessionRecord): LabelledAnswer[] {
  if (session.kind === 'design') return [];
  return session.items.map((item, i) => {
    const endAt = item.answeredAt ?? session.items[i + 1]?.shownAt ?? session.endedAt;
    return { label: `Question ${i + 1}`, startAt: item.shownAt, ...(endAt === undefined ? {} : { endAt }) };
  });
}

/** What a story telling's recording needs: when it started and the probes the interviewer put. */
export interface TellingMarks {
  startedAt: number;
  durationMs: number;
  probes: readonly { text: string; atMs: number }[];
}

/** The telling's start, then one jump point per probe. */
export function tellingJumpPoints(telling: TellingMarks): JumpPoint[] {
  return [
    { label: 'Start of the telling', at: telling.startedAt },
    ...telling.probes.map((p, i) => ({ label: `Probe ${i + 1}: ${p.text}`, at: telling.startedAt + p.atMs })),
  ];
}

/** A telling is one answer, from its start to Done. */
export function tellingAnswers(telling: TellingMarks): LabelledAnswer[] {
  return [{ label: 'The telling', startAt: telling.startedAt, endAt: telling.startedAt + telling.durationMs }];
}
