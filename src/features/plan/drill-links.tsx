// Where each readiness item and plan activity sends the candidate: a problem, a round template, the
// stories, the gap log, or a session started on the spot (a design prompt, a fundamentals block).
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { BUILT_IN_TEMPLATES } from '../../data/round-templates.ts';
import type { DrillTarget, Evidence } from '../../domain/readiness.ts';
import type { Activity } from '../../domain/study-plan.ts';
import { problemTitle } from '../../data/problem-bank.ts';
import { startSession } from '../../stores/practice-round-store.ts';

/** Minutes per fundamentals question when a plan block is turned into a round. */
const MINUTES_PER_QUESTION = 3;

function targetHref(target: DrillTarget): string {
  switch (target.kind) {
    case 'problem':
      return `/problems/${target.problemId}`;
    case 'template':
      return `/rounds#${target.templateId}`;
    case 'stories':
      return '/stories';
  }
}

function targetText(target: DrillTarget): string {
  switch (target.kind) {
    case 'problem':
      return `Drill: ${problemTitle(target.problemId)}`;
    case 'template':
      return `Drill: ${BUILT_IN_TEMPLATES.find((t) => t.id === target.templateId)?.name ?? 'a round'} (Rounds page)`;
    case 'stories':
      return 'Drill: your stories';
  }
}

export function DrillLink({ target, what }: { target: DrillTarget; what: string }) {
  return (
    <Link to={targetHref(target)} aria-label={`${targetText(target)} (for “${what}”)`}>
      {targetText(target)}
    </Link>
  );
}

export function EvidenceLink({ evidence }: { evidence: Evidence }) {
  const href =
    evidence.kind === 'round'
      ? `/review/${evidence.id}`
      : evidence.kind === 'session'
        ? `/session/${evidence.id}/review`
        : evidence.kind === 'loop'
          ? `/loop/${evidence.id}`
          : '/stories';
  return (
    <Link to={href}>
      {evidence.detail}, {new Date(evidence.at).toLocaleDateString()}
    </Link>
  );
}

/** A button that starts the session a plan activity asks for and opens it. */
function StartSessionButton({ label, start }: { label: string; start: () => Promise<string> }) {
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      disabled={busy}
      onClick={() => {
        setBusy(true);
        void start().then((id) => navigate(`/session/${id}`));
      }}
    >
      {label}
    </button>
  );
}

/** The link or button that opens an activity's drill. */
export function ActivityAction({ activity }: { activity: Activity }) {
  const drill = activity.drill;
  switch (drill.kind) {
    case 'problem':
      return <Link to={`/problems/${drill.problemId}`}>Open the problem</Link>;
    case 'fundamentals':
      return (
        <StartSessionButton
          label={`Start a ${activity.minutes}-minute fundamentals round`}
          start={() =>
            startSession('fundamentals', {
              minutes: activity.minutes,
              count: Math.max(1, Math.floor(activity.minutes / MINUTES_PER_QUESTION)),
            })
          }
        />
      );
    case 'design':
      return (
        <StartSessionButton
          label="Start this design"
          start={() => startSession('design', { minutes: activity.minutes, promptId: drill.promptId })}
        />
      );
    case 'stories':
      return <Link to="/stories">Open your stories</Link>;
    case 'gaps':
      return <Link to="/gaps">Open the gap log</Link>;
    case 'template':
      return <Link to={`/rounds#${drill.templateId}`}>Choose it on the Rounds page</Link>;
  }
}
