import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { graphql } from '../gql';
import type {
  ReportActivityMatrixQuery,
  ReportEligibilityQuery,
  ReportEnrollmentQuery,
  ReportIntroductionsQuery,
  ReportSurveyRatesQuery,
} from '../gql/graphql';

graphql(`
  fragment ReportCount on FigureCell {
    value
    suppressed
  }
`);

graphql(`
  fragment ReportRate on RateCell {
    value
    suppressed
  }
`);

graphql(`
  fragment ReportFieldFigures on FieldFigures {
    fieldCode
    applications {
      ...ReportCount
    }
    eligible {
      ...ReportCount
    }
    accepted {
      ...ReportCount
    }
    enrolled {
      ...ReportCount
    }
    withdrawn {
      ...ReportCount
    }
    completed {
      ...ReportCount
    }
    notCompleted {
      ...ReportCount
    }
    completionRate {
      ...ReportRate
    }
    meanAttendanceRate {
      ...ReportRate
    }
  }
`);

graphql(`
  fragment ReportSurveyFigures on SurveyFieldFigures {
    fieldCode
    invited {
      ...ReportCount
    }
    answered {
      ...ReportCount
    }
    notAnswered {
      ...ReportCount
    }
    responseRate {
      ...ReportRate
    }
  }
`);

graphql(`
  fragment ReportBasisTable on BasisTable {
    rows {
      fieldCode
      cells {
        basis
        count {
          ...ReportCount
        }
      }
      total {
        ...ReportCount
      }
    }
    columnTotals {
      basis
      count {
        ...ReportCount
      }
    }
    grandTotal {
      ...ReportCount
    }
  }
`);

const ReportEnrollmentDocument = graphql(`
  query ReportEnrollment($year: Int!, $fromYear: Int!) {
    enrollmentFigures(academicYear: $year) {
      academicYear
      threshold
      fields {
        ...ReportFieldFigures
      }
      total {
        ...ReportFieldFigures
      }
      withdrawnByReason {
        reason
        count {
          ...ReportCount
        }
      }
    }
    enrollmentTrend(fromYear: $fromYear, toYear: $year) {
      academicYear
      fields {
        fieldCode
        applications {
          ...ReportCount
        }
        enrolled {
          ...ReportCount
        }
        completed {
          ...ReportCount
        }
      }
      total {
        applications {
          ...ReportCount
        }
        enrolled {
          ...ReportCount
        }
        completed {
          ...ReportCount
        }
      }
    }
  }
`);

const ReportActivityMatrixDocument = graphql(`
  query ReportActivityMatrix($matrixYear: Int) {
    studiedActiveMatrix(academicYear: $matrixYear) {
      academicYear
      rows {
        studiedField
        cells {
          activeField
          count {
            ...ReportCount
          }
        }
        total {
          ...ReportCount
        }
      }
      columnTotals {
        activeField
        count {
          ...ReportCount
        }
      }
      grandTotal {
        ...ReportCount
      }
    }
  }
`);

const ReportSurveyRatesDocument = graphql(`
  query ReportSurveyRates($year: Int!) {
    surveyResponseRates(academicYear: $year) {
      academicYear
      waves {
        offsetMonths
        fields {
          ...ReportSurveyFigures
        }
        total {
          ...ReportSurveyFigures
        }
      }
    }
  }
`);

const ReportIntroductionsDocument = graphql(`
  query ReportIntroductions($year: Int!) {
    introductionOutcomes(academicYear: $year) {
      academicYear
      rows {
        studiedField
        cells {
          status
          count {
            ...ReportCount
          }
        }
        total {
          ...ReportCount
        }
      }
      columnTotals {
        status
        count {
          ...ReportCount
        }
      }
      grandTotal {
        ...ReportCount
      }
      joinedRate {
        ...ReportRate
      }
    }
  }
`);

const ReportEligibilityDocument = graphql(`
  query ReportEligibility($year: Int!) {
    eligibilityFigures(academicYear: $year) {
      academicYear
      applications {
        ...ReportBasisTable
      }
      completions {
        ...ReportBasisTable
      }
    }
  }
`);

/** The reports of an academic year, as the page reads them. */
export type Reports = ReportEnrollmentQuery & ReportSurveyRatesQuery & ReportIntroductionsQuery & ReportEligibilityQuery;
/** Alumni by field studied × field of activity. */
export type ActivityMatrix = ReportActivityMatrixQuery['studiedActiveMatrix'];
/** How many academic years the trend covers, up to the chosen one. */
export const TREND_YEARS = 5;

/**
 * The current academic year (年度, April to March) in Tokyo time: from 1 April of a year to 31
 * March of the next, whatever the browser's time zone.
 */
export function currentAcademicYear(now: Date = new Date()): number {
  const tokyo = new Date(now.getTime() + 9 * 3600_000);
  const year = tokyo.getUTCFullYear();
  return tokyo.getUTCMonth() < 3 ? year - 1 : year;
}

/**
 * Every report of an academic year (the server scopes contractor staff to their field); the matrix
 * either for the alumni of that year's cohorts or for every year. One operation per report: each
 * stays within the API's limits on the size of a request.
 */
export function useReports(year: MaybeRefOrGetter<number>, matrixAllYears: MaybeRefOrGetter<boolean>) {
  const options = { fetchPolicy: 'cache-and-network' } as const;
  const yearOnly = computed(() => ({ year: toValue(year) }));
  const queries = [
    useQuery(ReportEnrollmentDocument, () => ({ year: toValue(year), fromYear: toValue(year) - TREND_YEARS + 1 }), options),
    useQuery(ReportActivityMatrixDocument, () => ({ matrixYear: toValue(matrixAllYears) ? null : toValue(year) }), options),
    useQuery(ReportSurveyRatesDocument, yearOnly, options),
    useQuery(ReportIntroductionsDocument, yearOnly, options),
    useQuery(ReportEligibilityDocument, yearOnly, options),
  ] as const;
  const [enrollment, matrix, surveys, introductions, eligibility] = queries;
  // While another year loads, the previous answers are not shown under the new year's headings.
  const reports = computed<Reports | null>(() => {
    const parts = [enrollment.result.value, surveys.result.value, introductions.result.value, eligibility.result.value];
    if (parts.some((p) => !p)) return null;
    const all = Object.assign({}, ...parts) as Reports;
    const y = toValue(year);
    const years = [
      all.enrollmentFigures.academicYear,
      all.surveyResponseRates.academicYear,
      all.introductionOutcomes.academicYear,
      all.eligibilityFigures.academicYear,
    ];
    if (years.some((x) => x !== y) || all.enrollmentTrend[all.enrollmentTrend.length - 1]?.academicYear !== y) return null;
    return all;
  });
  /** The matrix, loaded on its own: it follows the "every year" choice as well as the year. */
  const activityMatrix = computed<ActivityMatrix | null>(() => {
    const m = matrix.result.value?.studiedActiveMatrix;
    if (!m || m.academicYear !== (toValue(matrixAllYears) ? null : toValue(year))) return null;
    return m;
  });
  const loading = computed(() => queries.some((q) => q.loading.value));
  const error = computed(() => queries.map((q) => q.error.value).find(Boolean) ?? null);
  return { reports, activityMatrix, loading, error };
}
