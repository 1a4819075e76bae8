import { StudyField } from '../modules/catalog/field.entity';
import { Course } from '../modules/catalog/course.entity';
import { Cohort } from '../modules/catalog/cohort.entity';
import { Contractor } from '../modules/accounts/contractor.entity';
import { Account } from '../modules/accounts/account.entity';
import { Consent } from '../modules/accounts/consent.entity';
import { LoginFailure, RefreshToken, Session } from '../modules/accounts/session.entity';
import { AuditEntry } from '../modules/audit/audit-entry.entity';
import { Application, ApplicationEvent, Enrollment, LotteryDraw, LotteryEntry, StudentNumberCounter } from '../modules/intake/application.entity';
import { MailOutbox, Notice, NoticeRead } from '../modules/notices/notice.entity';

export const entities = [StudyField, Course, Cohort, Contractor, Account, Consent, Session, RefreshToken, LoginFailure, AuditEntry,
  Application, ApplicationEvent, Enrollment, StudentNumberCounter, LotteryDraw, LotteryEntry, Notice, NoticeRead, MailOutbox,
];
