import type { TestServer } from './server';
import { COURSE, MOTIVATION, applyOk, changeStatus, createCohort, respond, staffCall, type Member } from './intake';
import { Enrollment } from '../../server/src/modules/intake';
import { Completion, CompletionOutcome } from '../../server/src/modules/learning';

/**
 * A cohort of `year` (April to the next March) whose members all enrolled through the real
 * intake steps and completed (completion rows written directly): alumni for the follow-up tests.
 * Returns the cohort id and the enrollments.
 */
export async function alumniCohort(
  t: TestServer,
  staff: string,
  members: Member[],
  year: number,
  course: string = COURSE.WELFARE,
): Promise<{ cohortId: string; enrollments: Enrollment[] }> {
  const cohortId = await createCohort(t, course, {
    academicYear: year,
    capacity: members.length,
    startsOn: `${year}-04-10`,
    endsOn: `${year + 1}-03-15`,
    selectionMethod: 'REVIEW',
  });
  const apps = [];
  for (const m of members) apps.push(await applyOk(t, m.token, cohortId, { motivation: MOTIVATION }));
  expect((await changeStatus(t, cohortId, 'CLOSED', staff)).errors).toBeUndefined();
  expect((await staffCall(t, 'runSelection', cohortId)).errors).toBeUndefined();
  expect((await staffCall(t, 'announceCohort', cohortId)).errors).toBeUndefined();
  for (const [i, m] of members.entries()) expect((await respond(t, m.token, apps[i].id, true)).errors).toBeUndefined();
  const enrollments = await t.app.dataSource.getRepository(Enrollment).findBy({ cohortId: Number(cohortId) });
  for (const e of enrollments) {
    await t.app.dataSource.getRepository(Completion).insert({
      enrollmentId: e.id,
      cohortId: e.cohortId,
      accountId: e.accountId,
      outcome: CompletionOutcome.COMPLETED,
      completedOn: `${year + 1}-03-15`,
      ruleVersion: 0,
      attended: 10,
      planned: 10,
      overridden: false,
      overrideReason: null,
      decidedBy: null,
    });
  }
  return { cohortId, enrollments };
}
