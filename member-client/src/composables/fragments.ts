import { graphql } from '../gql';

// Selections that several operations repeat, named once. Fragment masking is off in the shared
// codegen config (client-shared/codegen.ts): the operations' result types include the fragments'
// fields directly, so callers read them without useFragment. (MemberSession is in auth/session.ts.)
// The operations name these by spread (...CohortSchedule); codegen inlines the definitions into
// each operation's document, so this file only has to be seen by codegen.

graphql(`
  fragment FieldName on Field {
    code
    nameJa
    nameEn
  }
`);

// A course as cohort cards and headings name it.
graphql(`
  fragment CourseHeading on Course {
    id
    title
    titleEn
    field {
      ...FieldName
    }
  }
`);

// When a cohort runs and how it takes applications.
graphql(`
  fragment CohortSchedule on Cohort {
    id
    academicYear
    capacity
    applicationOpensAt
    applicationClosesAt
    startsOn
    endsOn
    selectionMethod
    status
  }
`);

// My application as its form edits it.
graphql(`
  fragment MyApplicationFields on Application {
    id
    status
    eligibilityBasis
    workplaceOrSchool
    motivation
    preferredContact
    emailAlerts
  }
`);

graphql(`
  fragment EnrollmentFields on Enrollment {
    id
    studentNumber
    enrolledAt
    withdrawnAt
  }
`);
