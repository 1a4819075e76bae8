import { graphql } from '../gql';

// Selections that several operations repeat, named once. Fragment masking is off in the shared
// codegen config (client-shared/codegen.ts): the operations' result types include the fragments'
// fields directly, so callers read them without useFragment. (StaffSession is in auth/session.ts.)
// The operations name these by spread (...CohortFields); codegen inlines the definitions into each
// operation's document, so this file only has to be seen by codegen.

graphql(`
  fragment CourseTitle on Course {
    id
    title
    titleEn
    fieldCode
  }
`);

graphql(`
  fragment CourseFields on Course {
    id
    fieldCode
    title
    titleEn
    description
    years
    eligibility
    motivationRequired
    minAttendanceRate
    scheduleOutline
  }
`);

// A cohort as its form edits it.
graphql(`
  fragment CohortFields on Cohort {
    id
    courseId
    academicYear
    capacity
    applicationOpensAt
    applicationClosesAt
    startsOn
    endsOn
    selectionMethod
    status
    resultsOn
  }
`);

// What the mutations that move a cohort answer with, so the cache shows the new status at once.
graphql(`
  fragment CohortStatusChange on Cohort {
    id
    status
  }
`);

graphql(`
  fragment LotteryFields on LotteryInfo {
    commitment
    entries
    capacity
    frozenAt
    seed
    drawnAt
  }
`);

// An application as the review lists and the detail page show it (reading it is audited).
graphql(`
  fragment ApplicationReviewFields on Application {
    id
    code
    status
    eligible
    ineligibleReason
    ineligibleReasonCode
    decision
    decisionReason
    eligibilityBasis
    workplaceOrSchool
    motivation
    submittedAt
    waitlistPosition
    offerDeadline
    applicant {
      id
      name
      nameKana
    }
  }
`);

graphql(`
  fragment ContractorFields on Contractor {
    id
    name
    fieldCode
    contractStartsOn
    contractEndsOn
    allowedAddressRanges
    endedAt
    active
  }
`);

graphql(`
  fragment StaffAccountRow on Account {
    id
    loginId
    name
    nameKana
    email
    role
    contractor {
      id
      name
    }
    status
    locked
    passwordExpiresAt
    secondFactor {
      totp
      passkeys
    }
  }
`);
