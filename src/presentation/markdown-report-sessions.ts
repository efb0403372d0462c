// The report's practice rounds (ML fundamentals, ML system design, behavioral). Pure: question
// texts, key points and story titles come in as data, so this file reads no bank. Every piece of
// user text (answers, notes, figures, story titles) and of stored text goes through escapeMarkdown
// or blockquote, so nothing typed can add headings, tables, links or HTML to the report.
import { ANSWER_LIMIT_MS, type BehavioralSession } from '../domain/behavioral-round.ts';
import { coverageScore, coverPoints } from '../domain/design-coverage.ts';
import { missingNumbers, NUMBER_NAMES, STEP_NAMES, stepSpentMs, type DesignSession } from '../domain/design-round.ts';
import { DEPTH_GRADES, summarizeFundamentals, type FundamentalsSession } from '../domain/fundamentals-round.ts';
import type { NumberKind } from '../domain/loop-bank-schema.ts';
import type { DesignStep, SessionRecord } from '../domain/loop-records.ts';
import { blockquote, dateTime, duration, escapeMarkdown, indent } from './markdown-text.ts';
import { SESSION_KIND_NAMES, type SessionEndReason } from '../domain/practice-round-lifecycle.ts';

export interface ReportSession {
  session: SessionRecord;
  /** Fundamentals and behavioral question texts by id; an id without a text is shown as the id. */
  questions?: Record<string, string>;
  /** Design: the prompt's key points per step, for coverage; absent once the prompt left the bank. */
  keyPoints?: Partial<Record<DesignStep, readonly string[]>>;
  /** Behavioral: the candidate's story titles by id. */
  stories?: Record<string, string>;
  /** Design: the final whiteboard, when something was drawn. */
  board?: ReportBoard;
}

/** The final board of a design round (or a coding round's Sketch) as the report shows it. */
export interface ReportBoard {
  /** The board in words ("2 shapes: 1 rectangle, 1 arrow"): the picture's alt text. */
  summary: string;
  /** The picture as `data:image/svg+xml;base64,…`; null when it could not be made. */
  svgDataUri: string | null;
  /** The name the review's "Download board (SVG)" gives the same board, where the review offers it. */
  fileName: string | null;
}

/** Only a base64 SVG data URI is embedded: nothing else can end the Markdown image or reach elsewhere. */
const SVG_DATA_URI = /^data:image\/svg\+xml;base64,[A-Za-z0-9+/]+={0,2}$/;

/**
 * The board's lines ("Board" in a design round, "Sketch" in a coding round). The picture is
 * embedded as a data URI so the report stays one file: VS Code's preview, Obsidian, Typora and
 * pandoc show it; viewers that refuse data URIs (GitHub) show the alt text, the board in words.
 */
export function boardLines(board: ReportBoard | undefined, name: 'Board' | 'Sketch' = 'Board'): string[] {
  if (!board) return [];
  const file = board.fileName
    ? `; the review's "Download board (SVG)" saves it as ${escapeMarkdown(board.fileName)}`
    : '';
  const out = [`- ${name}: ${escapeMarkdown(board.summary)} (the final ${name.toLowerCase()}${file})`];
  if (board.svgDataUri !== null && SVG_DATA_URI.test(board.svgDataUri))
    out.push('', `  ![Final ${name.toLowerCase()}: ${escapeMarkdown(board.summary)}](${board.svgDataUri})`);
  return out;
}

const END_LABELS: Record<SessionEndReason, string> = {
  'time-up': 'time up',
  'ended-early': 'ended early',
  finished: 'finished',
};
const GRADE_LABELS = Object.fromEntries(DEPTH_GRADES.map((g) => [g.grade, g.label]));
const STRUCTURES = ['strong', 'ok', 'weak'] as const;

/** The summary line: how many practice rounds of each kind. */
export function sessionsSummaryLine(sessions: readonly ReportSession[]): string {
  const kinds = (['fundamentals', 'design', 'behavioral'] as const).map(
    (k) => `${sessions.filter((s) => s.session.kind === k).length} ${SESSION_KIND_NAMES[k]}`,
  );
  return `- Practice rounds: ${sessions.length} (${kinds.join(', ')})`;
}

/** The "Practice rounds" part of the report, newest first. */
export function sessionsSection(sessions: readonly ReportSession[]): string[] {
  const out = ['## Practice rounds', ''];
  if (sessions.length === 0) out.push('No practice rounds yet.', '');
  for (const s of [...sessions].sort((a, b) => b.session.startedAt - a.session.startedAt)) {
    const { session } = s;
    if (session.kind === 'fundamentals') out.push(...fundamentalsSection(session, s.questions ?? {}));
    else if (session.kind === 'design') out.push(...designSection(session, s.keyPoints, s.board));
    else out.push(...behavioralSection(session, s.questions ?? {}, s.stories ?? {}));
  }
  return out;
}

/** Heading and the lines every practice round shares: length, end, and its loop. */
function header(session: SessionRecord, title: string): string[] {
  const out = [
    `### ${dateTime(session.startedAt)} · ${title}`,
    '',
    `- Length: ${duration(session.durationMs)} planned` +
      (session.endedAt !== undefined ? `, ${duration(session.endedAt - session.startedAt)} taken` : ''),
    `- End: ${session.endReason ? END_LABELS[session.endReason] : 'not ended'}`,
  ];
  if (session.loopId) out.push('- Part of a full-loop simulation');
  return out;
}

/** The question's text, escaped; a question no longer in the bank shows its id. */
function questionText(questions: Record<string, string>, id: string): string {
  return escapeMarkdown(questions[id] ?? `A question no longer in the bank (${id})`);
}

/** Typed text as a quote under its list item; nothing when there is none. */
function quoted(text: string): string[] {
  return text.trim() === '' ? [] : ['', indent(blockquote(text)), ''];
}

function fundamentalsSection(session: FundamentalsSession, questions: Record<string, string>): string[] {
  const summary = summarizeFundamentals(session);
  const grades = DEPTH_GRADES.map(({ grade, label }) => `${label} ${summary.graded[grade]}`).join(', ');
  const out = [
    ...header(session, SESSION_KIND_NAMES.fundamentals),
    `- Summary: ${summary.asked} of ${session.questionIds.length} questions asked; ${grades}, not graded ${summary.ungraded}; ${summary.overruns} over the time limit`,
    '',
  ];
  session.items.forEach((item, i) => {
    const took = item.answeredAt !== undefined ? item.answeredAt - item.shownAt : undefined;
    const answer =
      item.answer.trim() !== ''
        ? item.aloud
          ? 'answered aloud, notes below'
          : null
        : item.aloud
          ? 'answered aloud'
          : 'no answer recorded';
    const time =
      took !== undefined
        ? `${duration(took)} of ${duration(item.limitMs)}${item.overran ? `, over the limit by ${duration(took - item.limitMs)}` : ''}`
        : `not answered, limit ${duration(item.limitMs)}${item.overran ? ', over the limit' : ''}`;
    const grade = item.grade ? `graded ${GRADE_LABELS[item.grade]}` : 'not graded';
    out.push(
      `${i + 1}. ${questionText(questions, item.questionId)} (${[answer, time, grade].filter(Boolean).join('; ')})`,
      ...quoted(item.answer),
    );
  });
  out.push('');
  return out;
}

function designSection(
  session: DesignSession,
  keyPoints: ReportSession['keyPoints'],
  board: ReportBoard | undefined,
): string[] {
  const end = session.endedAt ?? session.startedAt;
  const coverage = session.steps.map((step) => coverPoints(step.notes, keyPoints?.[step.step] ?? []));
  const all = coverage.flat();
  const kinds = Object.keys(NUMBER_NAMES) as NumberKind[];
  const given = kinds.filter((k) => (session.numbers[k] ?? '').trim() !== '');
  const missing = missingNumbers(session);
  const out = [
    ...header(session, `${SESSION_KIND_NAMES.design}: ${escapeMarkdown(session.promptTitle)}`),
    keyPoints
      ? `- Coverage: ${all.filter((c) => c.covered).length} of ${all.length} key points (${Math.round(coverageScore(all) * 100)}%), a rough guide from the words in the notes`
      : '- Coverage: not known, the prompt is no longer in the bank',
    `- Numbers given: ${given.map((k) => `${NUMBER_NAMES[k]}: ${escapeMarkdown(session.numbers[k]!.trim())}`).join('; ') || 'none'}`,
    `- Numbers missing: ${missing.map((k) => NUMBER_NAMES[k]).join(', ') || 'none'}`,
    ...boardLines(board),
    '',
  ];
  session.steps.forEach((step, i) => {
    const name = STEP_NAMES[step.step];
    if (step.startedAt === undefined) {
      out.push(`${i + 1}. ${name}: not reached`);
      return;
    }
    const spent = stepSpentMs(step, end);
    const over = spent > step.budgetMs ? `, over budget by ${duration(spent - step.budgetMs)}` : '';
    const covered = keyPoints
      ? `; ${coverage[i]!.filter((c) => c.covered).length} of ${coverage[i]!.length} key points covered`
      : '';
    const notes = step.notes.trim() === '' ? '; no notes' : '';
    out.push(
      `${i + 1}. ${name}: ${duration(spent)} of ${duration(step.budgetMs)}${over}${covered}${notes}`,
      ...quoted(step.notes),
    );
  });
  out.push('');
  return out;
}

function behavioralSection(
  session: BehavioralSession,
  questions: Record<string, string>,
  stories: Record<string, string>,
): string[] {
  const rated = STRUCTURES.map((r) => `${r} ${session.items.filter((i) => i.structure === r).length}`).join(', ');
  const out = [
    ...header(session, SESSION_KIND_NAMES.behavioral),
    `- Summary: ${session.items.length} of ${session.questionIds.length} questions asked; structure ${rated}, not rated ${session.items.filter((i) => !i.structure).length}`,
    '',
  ];
  session.items.forEach((item, i) => {
    const story = item.storyId
      ? `story: ${escapeMarkdown(stories[item.storyId] ?? 'a story since deleted')}`
      : 'no story chosen';
    const took = item.answeredAt !== undefined ? item.answeredAt - item.shownAt : undefined;
    const time =
      took !== undefined
        ? `${duration(took)} of ${duration(ANSWER_LIMIT_MS)}${took > ANSWER_LIMIT_MS ? `, over by ${duration(took - ANSWER_LIMIT_MS)}` : ''}`
        : 'not finished';
    const rating = item.structure ? `structure ${item.structure}` : 'structure not rated';
    const notes = item.notes.trim() === '' ? '; no notes' : '';
    out.push(
      `${i + 1}. ${questionText(questions, item.questionId)} (${story}; ${time}; ${rating}${notes})`,
      ...quoted(item.notes),
    );
  });
  out.push('');
  return out;
}
