// Study plans. The latest plan is the candidate's current one; ticks are written in a transaction
// so two tabs ticking different days keep both.
import { withDayTicked } from '../domain/plan-progress.ts';
import type { PlanRecord } from '../domain/loop-records.ts';
import type { MockloopDb } from './db.ts';

export async function createPlan(db: MockloopDb, plan: Omit<PlanRecord, 'id' | 'doneDays'>): Promise<string> {
  const id = crypto.randomUUID();
  await db.plans.add({ ...plan, id, doneDays: [] });
  return id;
}

/** The plan made last, if any. */
export async function currentPlan(db: MockloopDb): Promise<PlanRecord | undefined> {
  return db.plans.orderBy('createdAt').last();
}

/** Ticks (or unticks) day `index` of plan `id` by hand. */
export async function tickDay(db: MockloopDb, id: string, index: number, done: boolean): Promise<void> {
  await db.transaction('rw', db.plans, async () => {
    const plan = await db.plans.get(id);
    if (plan) await db.plans.put(withDayTicked(plan, index, done));
  });
}

export async function deletePlan(db: MockloopDb, id: string): Promise<void> {
  await db.plans.delete(id);
}
