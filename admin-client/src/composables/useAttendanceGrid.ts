import { computed } from 'vue';
import { useApolloClient, useQuery } from '@vue/apollo-composable';
import { fileOperation, type UploadProgress } from '@college-portal/client-shared/apollo';
import { graphql } from '../gql';
import type { AttendanceGridCellInput } from '../gql/graphql';
import { useCohortStatuses } from './useClassSessions';

const AttendanceGridDocument = graphql(`
  query ConsoleAttendanceGrid($cohortId: ID!) {
    attendanceGrid(cohortId: $cohortId) {
      cohortId
      sessions {
        ...ConsoleClassSession
      }
      students {
        id
        studentNumber
        withdrawnAt
        student {
          id
          name
          nameKana
        }
      }
      cells {
        classSessionId
        enrollmentId
        statusCode
      }
    }
  }
`);

const SaveAttendanceGridDocument = graphql(`
  mutation ConsoleSaveAttendanceGrid($cohortId: ID!, $cells: [AttendanceGridCellInput!]!, $reason: String) {
    saveAttendanceGrid(cohortId: $cohortId, cells: $cells, reason: $reason) {
      cohortId
    }
  }
`);

const PreviewAttendanceCsvDocument = graphql(`
  query ConsolePreviewAttendanceCsv($cohortId: ID!, $fileBase64: String!, $classSessionId: ID) {
    previewAttendanceCsv(cohortId: $cohortId, fileBase64: $fileBase64, classSessionId: $classSessionId) {
      layout
      classSessionIds
      entryCount
      errorCount
      errors {
        row
        column
        columnNumber
        code
        value
      }
      entries {
        row
        column
        classSessionId
        enrollmentId
        statusCode
      }
    }
  }
`);

const ApplyAttendanceCsvDocument = graphql(`
  mutation ConsoleApplyAttendanceCsv($cohortId: ID!, $fileBase64: String!, $classSessionId: ID, $reason: String) {
    applyAttendanceCsv(cohortId: $cohortId, fileBase64: $fileBase64, classSessionId: $classSessionId, reason: $reason) {
      entryCount
      created
      changed
    }
  }
`);

/** A cohort's attendance grid (sessions × students), its course's statuses, and saving changed cells. */
export function useAttendanceGrid(cohortId: () => string) {
  const grid = useQuery(
    AttendanceGridDocument,
    () => ({ cohortId: cohortId() }),
    () => ({ enabled: !!cohortId(), fetchPolicy: 'network-only' }),
  );
  const data = computed(() => grid.result.value?.attendanceGrid ?? null);
  const sessions = computed(() => data.value?.sessions ?? []);
  const students = computed(() => data.value?.students ?? []);
  const cells = computed(() => data.value?.cells ?? []);
  const { cohort, statuses } = useCohortStatuses(cohortId);
  const { resolveClient } = useApolloClient();
  const save = async (changed: AttendanceGridCellInput[], reason: string | null) => {
    await resolveClient().mutate({ mutation: SaveAttendanceGridDocument, variables: { cohortId: cohortId(), cells: changed, reason } });
    await grid.refetch();
  };
  return {
    cohort,
    sessions,
    students,
    cells,
    statuses,
    loading: grid.loading,
    error: grid.error,
    refetch: () => grid.refetch(),
    save,
  };
}

/** The two attendance CSV operations, always sent to /graphql/files with the upload's progress. */
export function useAttendanceCsv() {
  const { resolveClient } = useApolloClient();
  return {
    preview: async (vars: { cohortId: string; fileBase64: string; classSessionId: string | null }, onProgress: UploadProgress) => {
      const res = await resolveClient().query({
        query: PreviewAttendanceCsvDocument,
        variables: vars,
        context: fileOperation(onProgress),
        fetchPolicy: 'no-cache',
      });
      return res.data.previewAttendanceCsv;
    },
    apply: async (
      vars: { cohortId: string; fileBase64: string; classSessionId: string | null; reason: string | null },
      onProgress: UploadProgress,
    ) => {
      const res = await resolveClient().mutate({
        mutation: ApplyAttendanceCsvDocument,
        variables: vars,
        context: fileOperation(onProgress),
        fetchPolicy: 'no-cache',
      });
      return res.data!.applyAttendanceCsv;
    },
    /** Refetch the named active queries (the grid or the sheet) after an import. */
    refetch: (names: string[]) => resolveClient().refetchQueries({ include: names }),
  };
}
