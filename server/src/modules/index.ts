/**
 * The module list and how the modules are wired to each other. Core loops over the manifests
 * (entities, migrations, resolvers, jobs, public coordinates) and never names a module; every
 * dependency between modules is a constructor parameter given here, in the order they build.
 */
import type { Job } from '../core/jobs';
import type { Infrastructure, ModuleManifest } from '../core/module';
import { SystemWork } from '../core/system';
import { accountsManifest, addressAllowed, buildAccounts, isValidCidr } from './accounts';
import { auditManifest, buildAudit } from './audit';
import { buildCatalog, catalogManifest } from './catalog';
import { buildIntake, intakeManifest } from './intake';
import { buildLearning, learningManifest } from './learning';
import { alumniManifest, buildAlumni } from './alumni';
import { buildCommunity, communityManifest } from './community';
import { buildNotices, noticesManifest } from './notices';
import { buildPrivacy, privacyManifest } from './privacy';
import { buildSite, siteManifest } from './site';
import { buildReporting, reportingManifest } from './reporting';
// The contractors' network helpers, handed to the reporting clients (accounts' index does not export them).

export const manifests: readonly ModuleManifest[] = [
  catalogManifest,
  accountsManifest,
  auditManifest,
  privacyManifest,
  siteManifest,
  noticesManifest,
  intakeManifest,
  learningManifest,
  communityManifest,
  alumniManifest,
  reportingManifest,
];

export const entities = manifests.flatMap((m) => m.entities);
/** Every module's migrations, in timestamp order (the class names end in their timestamp). */
export const migrations = manifests.flatMap((m) => m.migrations).sort((a, b) => Number(/\d+$/.exec(a.name)![0]) - Number(/\d+$/.exec(b.name)![0]));
export const subscribers = manifests.flatMap((m) => m.subscribers ?? []);
export const resolverClasses = manifests.flatMap((m) => m.resolvers);
/** The reviewed public list: coordinates anyone may read; a test compares it with the @Public marks. */
export const publicCoordinates = manifests.flatMap((m) => m.publicCoordinates);
/** Every table holding members' personal information, with how it finds a member's rows (export and erasure). */
export const personalTables = manifests.flatMap((m) => m.personalTables ?? []);

export function buildModules(infra: Infrastructure) {
  const audit = buildAudit(infra);
  const system = new SystemWork(infra.database, infra.logger, audit.auditSink);
  const catalog = buildCatalog(infra);
  const accounts = buildAccounts(infra, { system });
  const site = buildSite(infra);
  const notices = buildNotices(infra, { catalog: catalog.catalog });
  const privacy = buildPrivacy(infra, { personalTables, notices: notices.notices, mailer: notices.mailer, system });
  const intake = buildIntake(infra, { catalog: catalog.catalog, notices: notices.notices, system });
  const learning = buildLearning(infra, { catalog: catalog.catalog, notices: notices.notices, system });
  const community = buildCommunity(infra, { system, notices: notices.notices });
  const alumni = buildAlumni(infra, { intakeAudiences: intake.audiences, catalog: catalog.catalog, notices: notices.notices, system, groups: community.groups });
  // Hooks that point back against the build order, made visible here.
  catalog.catalog.addCohortEditRule(intake.selection);
  notices.notices.useAudiences(alumni.audiences);
  accounts.members.useScope(intake.reach);
  notices.notices.useReach(intake.reach, alumni.audiences);
  accounts.accounts.useMail(notices.mailer);
  community.useAlumni(alumni.consents);
  community.introductions.useActivity(alumni.activity);
  const reporting = buildReporting(infra, { addresses: { addressAllowed, isValidCidr } });

  const resolvers: object[] = [catalog, accounts, audit, privacy, site, notices, intake, learning, community, alumni, reporting].flatMap((m): readonly object[] => m.resolvers);
  const jobs: Job[] = [...accounts.jobs, ...notices.jobs, ...intake.jobs, ...learning.jobs, ...community.jobs, ...alumni.jobs, ...privacy.jobs];
  return {
    resolvers,
    jobs,
    system,
    auditSink: audit.auditSink,
    /** Reporting tokens and trusted documents, for the composition root (app.ts). */
    reporting: { documents: reporting.documents, gate: reporting.gate, callAudit: reporting.callAudit },
    /** The services, for the composition root (authentication), the demo seed, scripts and tests. */
    services: {
      hasher: accounts.hasher,
      tokens: accounts.tokens,
      accounts: accounts.accounts,
      recovery: accounts.recovery,
      secondFactor: accounts.secondFactor,
      contractors: accounts.contractors,
      catalog: catalog.catalog,
      privacy: privacy.privacy,
      personalExport: privacy.exports,
      erasure: privacy.erasure,
      mailer: notices.mailer,
      notices: notices.notices,
      applications: intake.applications,
      selection: intake.selection,
      enrollments: intake.enrollments,
      learning,
      consents: alumni.consents,
      surveys: alumni.surveys,
      activity: alumni.activity,
      groupNotes: alumni.groupNotes,
      surveyResults: alumni.results,
      groups: community.groups,
      postings: community.postings,
      consultations: community.consultations,
      introductions: community.introductions,
      disclosures: community.disclosures,
      reportingClients: reporting.clients,
    },
  };
}

export type Modules = ReturnType<typeof buildModules>;
export type Services = Modules['services'];
