// Records for the rounds beyond coding (ML fundamentals, ML system design, behavioral), full-loop
// simulations, user-saved round templates and study plans. Pure shapes: storage keeps them as is
// (schema v4) and the backup file carries them unchanged.

/** The kinds of round a template can describe; a full loop chains several. */
export type RoundKind =
  'phone-screen' | 'coding' | 'ml-coding' | 'fundamentals' | 'design' | 'behavioral' | 'full-loop';

/** One part of a round: a coding stretch, a block of questions, a design walk-through, or a break. */
export interface TemplateSection {
  kind: 'coding' | 'fundamentals' | 'design' | 'behavioral' | 'break';
  minutes: number;
  /** Coding: how many problems; fundamentals/behavioral: how many questions. */
  count?: number;
  /** Coding: which problem family to draw from (absent: any). */
  family?: 'algorithm' | 'ml';
}

export interface RoundTemplate {
  id: string;
  name: string;
  kind: RoundKind;
  /** Total length in minutes, breaks included. */
  minutes: number;
  sections: TemplateSection[];
  /** Absent for the built-in templates; set on the user's own. */
  createdAt?: number;
  updatedAt?: number;
}

/** How the candidate graded one fundamentals answer. */
export type DepthGrade = 'definition' | 'mechanism' | 'mechanism-example';

export interface FundamentalsItem {
  questionId: string;
  /** When the question was shown, and when the candidate revealed the model answer. */
  shownAt: number;
  answeredAt?: number;
  answer: string;
  aloud: boolean;
  /** The per-question limit that applied, and whether the answer came after it. */
  limitMs: number;
  overran?: boolean;
  grade?: DepthGrade;
  /** When the candidate opened the answer to the "one level deeper" follow-up. */
  deeperShownAt?: number;
}

export type DesignStep = 'clarify' | 'objective' | 'data' | 'model' | 'serving' | 'monitoring';
export const DESIGN_STEPS: readonly DesignStep[] = ['clarify', 'objective', 'data', 'model', 'serving', 'monitoring'];

export interface DesignStepRecord {
  step: DesignStep;
  budgetMs: number;
  startedAt?: number;
  endedAt?: number;
  notes: string;
}

export interface BehavioralItem {
  questionId: string;
  storyId?: string;
  shownAt: number;
  answeredAt?: number;
  notes: string;
  structure?: 'weak' | 'ok' | 'strong';
}

interface SessionBase {
  id: string;
  startedAt: number;
  durationMs: number;
  endedAt?: number;
  /** 'finished': the candidate finished the last question or step (Finish), before the time was up. */
  endReason?: 'time-up' | 'ended-early' | 'finished';
  /** Set when the session is one stage of a full-loop simulation. */
  loopId?: string;
  /** The minutes-left warnings (10, 5) already given, so a reload does not give them again. */
  warningsGiven?: number[];
}

export type SessionRecord =
  | (SessionBase & {
      kind: 'fundamentals';
      /** Every question of the round, in order, picked at the start; `items` grows as each is shown. */
      questionIds: string[];
      items: FundamentalsItem[];
    })
  | (SessionBase & {
      kind: 'design';
      promptId: string;
      /** The prompt's title when the round ran (history lists it without loading the bank). */
      promptTitle: string;
      steps: DesignStepRecord[];
      /** Numbers checklist: which kinds the candidate gave a figure for, with the figure. */
      numbers: Partial<Record<'storage' | 'qps' | 'latency' | 'refresh', string>>;
    })
  | (SessionBase & {
      kind: 'behavioral';
      /** Every question of the round, in order, picked at the start; `items` grows as each is shown. */
      questionIds: string[];
      items: BehavioralItem[];
    });

/** One stage of a full loop: a coding round (rounds table) or a session (sessions table), or a break. */
export interface LoopStage {
  kind: TemplateSection['kind'];
  minutes: number;
  /** Copied from the template's section, so a loop outlives the template it came from. */
  count?: number;
  family?: 'algorithm' | 'ml';
  /** The round or session id once the stage has started. */
  refId?: string;
  startedAt?: number;
  endedAt?: number;
}

export interface LoopRecord {
  id: string;
  templateId: string;
  /** The template's name when the loop began (a saved template may be renamed or deleted later). */
  name?: string;
  startedAt: number;
  stages: LoopStage[];
  endedAt?: number;
}

export type PlanLength = 2 | 4 | 8;

export interface PlanRecord {
  id: string;
  weeks: PlanLength;
  /** Local midnight of day 1, and the interview date it leads to. */
  startsOn: number;
  interviewOn: number;
  createdAt: number;
  /** Days (0-based) the candidate ticked off by hand; days are also credited from history. */
  doneDays: number[];
  /** Answers to the routing questions when the plan was made. */
  routing?: Record<string, string>;
}
