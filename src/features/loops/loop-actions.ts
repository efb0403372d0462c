// Starting rounds from templates, and the stages of a loop one after another. Coding sections go to
// the round engine, fundamentals / design / behavioral sections to the session engine; a template
// with more than one round becomes a loop. Each action returns the page to open next.
import type { RoundTemplate, TemplateSection } from '../../domain/loop-records.ts';
import { nextStep, stageStates } from '../../domain/full-loop.ts';
import { roundSections } from '../../domain/round-template.ts';
import { pickSectionProblems } from '../../domain/section-problems.ts';
import { problems } from '../../data/problem-bank.ts';
import { getDb } from '../../storage/db.ts';
import { attachStage, createLoop, loadLoop } from '../../storage/loops-repo.ts';
import { solvedProblemIds } from '../../storage/rounds-repo.ts';
import { startRound } from '../../stores/round-store.ts';
import { startSession } from '../../stores/practice-round-store.ts';

const clock = { now: () => Date.now() };

/** The round or session page of a started section. */
export const roundPath = (id: string) => `/round/${id}`;
export const sessionPath = (id: string) => `/session/${id}`;
export const loopPath = (id: string) => `/loop/${id}`;

/** The page where a stage of this kind runs. */
export function stagePath(kind: TemplateSection['kind'], refId: string): string {
  return kind === 'coding' ? roundPath(refId) : sessionPath(refId);
}

/** The review of a finished stage. */
export function reviewPath(kind: TemplateSection['kind'], refId: string): string {
  return kind === 'coding' ? `/review/${refId}` : `${sessionPath(refId)}/review`;
}

/**
 * Starts one section: a coding round on the `chosen` problems, completed with random unsolved ones
 * of the section's family (none used earlier in the loop), or a session. Returns its page, or an error.
 */
async function startSection(
  section: TemplateSection,
  options: { chosen?: string[]; loopId?: string; exclude?: ReadonlySet<string> },
): Promise<{ id: string; path: string } | { error: string }> {
  if (section.kind === 'break') return { error: 'A break is not a round.' };
  if (section.kind === 'coding') {
    // The candidate's picks first; any slot left open gets a random problem.
    const chosen = (options.chosen ?? []).slice(0, section.count ?? 1);
    const open = { ...section, count: (section.count ?? 1) - chosen.length };
    const ids = [
      ...chosen,
      ...pickSectionProblems(
        open,
        problems,
        await solvedProblemIds(getDb()),
        new Set([...(options.exclude ?? []), ...chosen]),
        Math.random,
      ),
    ];
    if (ids.length === 0) return { error: 'The problem bank has no problem for this section.' };
    const id = await startRound(ids, section.minutes * 60_000, 'off');
    return { id, path: roundPath(id) };
  }
  const id = await startSession(section.kind, {
    minutes: section.minutes,
    ...(section.count !== undefined ? { count: section.count } : {}),
    ...(options.loopId ? { loopId: options.loopId } : {}),
  });
  return { id, path: sessionPath(id) };
}

/** Starts a template: one round opens directly; several make a loop, opened on its own page. */
export async function startTemplate(
  template: RoundTemplate,
  chosen?: string[],
): Promise<{ path: string } | { error: string }> {
  const rounds = roundSections(template);
  if (rounds.length === 1) {
    const started = await startSection(rounds[0]!, chosen ? { chosen } : {});
    return 'error' in started ? started : { path: started.path };
  }
  return { path: loopPath(await createLoop(getDb(), template, clock.now())) };
}

/** Starts the loop's next stage and returns its page; an error when none is due (e.g. a break runs). */
export async function startNextStage(loopId: string): Promise<{ path: string } | { error: string }> {
  const db = getDb();
  const loaded = await loadLoop(db, loopId);
  if (!loaded) return { error: 'This loop is not in this browser’s history.' };
  const step = nextStep(stageStates(loaded.loop, loaded.ends, clock.now()));
  if (step.kind !== 'start') return { error: 'No round is due to start.' };
  const stage = loaded.loop.stages[step.index]!;
  // Problems already met earlier in this loop are not drawn again.
  const used = new Set<string>();
  for (const s of loaded.loop.stages) {
    const round = s.refId ? await db.rounds.get(s.refId) : undefined;
    for (const id of round?.problemIds ?? []) used.add(id);
  }
  const started = await startSection(stage, { loopId, exclude: used });
  if ('error' in started) return started;
  const attached = await attachStage(db, loopId, step.index, started.id, clock.now());
  return attached ? { path: started.path } : { error: 'Another tab started this round first.' };
}
