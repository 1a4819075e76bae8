import type { TestServer } from './server';
import { COURSE, fastMembers, type Member } from './intake';
import { alumniCohort } from './alumni';
import { Application, ApplicationStatus, Enrollment, WithdrawalReason } from '../../server/src/modules/intake';
import { Completion, CompletionOutcome } from '../../server/src/modules/learning';
import { ActivityRecord, ActivityRecordVersion, ActivitySource } from '../../server/src/modules/alumni/activity-record.entity';
import { InvitationStatus, Survey, SurveyInvitation, SurveyVersion, SurveyWave, SurveyWaveStatus } from '../../server/src/modules/alumni';

/**
 * The reporting fixture of tests/reporting-aggregates.test.ts (copied from it, so that test stays as
 * it is), with hand-computed figures for year 2030 (default threshold 5):
 *
 * welfare 2030: 12 applicants through the real intake steps (all enrolled and completed by
 * alumniCohort), then changed: w0 ineligible and rejected, w1 waitlisted, w2 declined (no
 * enrollment for the three), w3 withdrew (health) and did not complete (3/10), w4 did not
 * complete (5/10), w5 cancelled before the start without a reason (no completion).
 * → applications 12, eligible 11, accepted 10, enrolled 9, withdrawn 2, completed 6, not 2,
 *   attendance (6 × 1 + 0.3 + 0.5) / 8 = 0.85.
 * disaster 2030: 6, d0 withdrew (work), not completed (2/10) → 6, 6, 6, 6, 1, 5, 1, 5.2 / 6.
 * agriculture 2030: 2 completed. greenery: nothing. recycling 2030: 5 completed.
 * recycling 2029: w6 (also a welfare alumnus) and one more.
 *
 * With `surveys`, added here: a 6-month wave to the welfare 2030 cohort (w6…w11: 5 answered, 1
 * expired) and one to the disaster 2030 cohort (d1…d5: 2 answered, 3 pending).
 */
export interface ReportingFixture {
  w: Member[];
  d: Member[];
  a: Member[];
  r: Member[];
  r29: Member[];
  cohorts: { welfare: string; disaster: string; agriculture: string; recycling: string; recycling2029: string };
}

async function activity(t: TestServer, accountId: number, versions: Array<{ fields: string; endedOn?: string | null }>): Promise<void> {
  const db = t.app.dataSource;
  const now = new Date();
  const record = await db.getRepository(ActivityRecord).insert({ accountId, version: versions.length, createdAt: now, updatedAt: now });
  for (const [i, v] of versions.entries()) {
    await db.getRepository(ActivityRecordVersion).insert({
      recordId: Number(record.identifiers[0].id),
      accountId,
      version: i + 1,
      fieldCodeList: v.fields,
      groupName: '豊玉町会',
      role: null,
      startedOn: '2019-04-01',
      endedOn: v.endedOn ?? null,
      hoursPerMonth: null,
      source: ActivitySource.SELF_REPORT,
      enteredBy: accountId,
      enteredAt: now,
    });
  }
}

export async function buildReportingFixture(t: TestServer, staff: string, options: { surveys?: boolean } = {}): Promise<ReportingFixture> {
  const db = t.app.dataSource;
  const [w, d, a, r, r29] = await Promise.all([fastMembers(t, 12), fastMembers(t, 6), fastMembers(t, 2), fastMembers(t, 5), fastMembers(t, 1)]);
  const welfare = await alumniCohort(t, staff, w, 2030, COURSE.WELFARE);
  const disaster = await alumniCohort(t, staff, d, 2030, COURSE.DISASTER);
  const agriculture = await alumniCohort(t, staff, a, 2030, COURSE.AGRICULTURE);
  const recycling = await alumniCohort(t, staff, r, 2030, COURSE.RECYCLING);
  const recycling2029 = await alumniCohort(t, staff, [w[6], r29[0]], 2029, COURSE.RECYCLING);

  const enrollmentOf = (cohort: { enrollments: Enrollment[] }, m: Member) => cohort.enrollments.find((e) => e.accountId === m.id)!;
  const setApplication = (e: Enrollment, changes: Partial<Application>) => db.getRepository(Application).update({ id: e.applicationId }, changes);
  const setCompletion = (e: Enrollment, changes: Partial<Completion>) => db.getRepository(Completion).update({ enrollmentId: e.id }, changes);
  const withdraw = (e: Enrollment, reason: WithdrawalReason | null) =>
    db.getRepository(Enrollment).update({ id: e.id }, { withdrawnAt: new Date('2030-06-01T00:00:00Z'), withdrawalReason: reason });
  const [w0, w1, w2, w3, w4, w5] = w.map((m) => enrollmentOf(welfare, m));
  await setApplication(w0, { eligible: false, status: ApplicationStatus.REJECTED });
  await setApplication(w1, { status: ApplicationStatus.WAITLISTED });
  await setApplication(w2, { status: ApplicationStatus.DECLINED });
  for (const e of [w0, w1, w2]) await db.getRepository(Enrollment).delete({ id: e.id });
  await withdraw(w3, WithdrawalReason.HEALTH);
  await setCompletion(w3, { outcome: CompletionOutcome.NOT_COMPLETED, attended: 3 });
  await setCompletion(w4, { outcome: CompletionOutcome.NOT_COMPLETED, attended: 5 });
  await setApplication(w5, { status: ApplicationStatus.CANCELLED });
  await withdraw(w5, null);
  await db.getRepository(Completion).delete({ enrollmentId: w5.id });
  const d0 = enrollmentOf(disaster, d[0]);
  await withdraw(d0, WithdrawalReason.WORK);
  await setCompletion(d0, { outcome: CompletionOutcome.NOT_COMPLETED, attended: 2 });

  // Current activities (people, not records; the latest version of each record counts).
  await activity(t, w[6].id, [{ fields: 'welfare' }, { fields: 'disaster' }]);
  await activity(t, w[7].id, [{ fields: 'disaster,welfare' }]);
  await activity(t, w[8].id, [{ fields: 'welfare', endedOn: '2020-03-31' }]);
  await activity(t, w[9].id, [{ fields: 'welfare' }, { fields: 'welfare', endedOn: '2020-03-31' }]);
  await activity(t, w[10].id, [{ fields: '' }]);
  await activity(t, w[3].id, [{ fields: 'welfare' }]); // not an alumnus: did not complete
  for (const m of d.slice(1, 4)) await activity(t, m.id, [{ fields: 'welfare' }]);
  await activity(t, d[1].id, [{ fields: 'welfare', endedOn: '2999-12-31' }]); // a second record in the same field, ending in the future
  await activity(t, a[0].id, [{ fields: 'agriculture' }]);
  for (const m of r.slice(0, 4)) await activity(t, m.id, [{ fields: 'recycling' }]);

  if (options.surveys) {
    const now = new Date('2031-09-20T00:00:00Z');
    const survey = await db.getRepository(Survey).save({ title: '修了後アンケート', fieldCode: null, createdBy: null, createdAt: now });
    const version = await db.getRepository(SurveyVersion).save({ surveyId: survey.id, version: 1, questions: '[]', createdAt: now });
    const wave = async (cohortId: string, invited: Array<{ m: Member; status: InvitationStatus }>) => {
      const saved = await db.getRepository(SurveyWave).save({
        surveyId: survey.id,
        cohortId: Number(cohortId),
        offsetMonths: 6,
        opensOn: '2031-09-15',
        remindOn: null,
        closesOn: '2031-10-15',
        status: SurveyWaveStatus.CLOSED,
        surveyVersionId: version.id,
        openedAt: now,
        remindedAt: null,
      });
      for (const { m, status } of invited) {
        await db.getRepository(SurveyInvitation).insert({
          waveId: saved.id,
          accountId: m.id,
          surveyVersionId: version.id,
          status,
          invitedAt: now,
          remindedAt: null,
          respondedAt: status === InvitationStatus.ANSWERED ? now : null,
          answers: status === InvitationStatus.ANSWERED ? '{}' : null,
        });
      }
    };
    await wave(welfare.cohortId, [...w.slice(6, 11).map((m) => ({ m, status: InvitationStatus.ANSWERED })), { m: w[11], status: InvitationStatus.EXPIRED }]);
    await wave(disaster.cohortId, [
      ...d.slice(1, 3).map((m) => ({ m, status: InvitationStatus.ANSWERED })),
      ...d.slice(3, 6).map((m) => ({ m, status: InvitationStatus.PENDING })),
    ]);
  }
  return {
    w,
    d,
    a,
    r,
    r29,
    cohorts: {
      welfare: welfare.cohortId,
      disaster: disaster.cohortId,
      agriculture: agriculture.cohortId,
      recycling: recycling.cohortId,
      recycling2029: recycling2029.cohortId,
    },
  };
}
