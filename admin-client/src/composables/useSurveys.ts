import { computed } from 'vue';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { graphql } from '../gql';
import type { ConsoleSurveysQuery, FieldCode, SurveyQuestionInput, SurveyScheduleInput } from '../gql/graphql';

graphql(`
  fragment ConsoleSurvey on SurveyInfo {
    id
    title
    fieldCode
    version
    questions {
      key
      kind
      label
      required
      choices {
        key
        label
      }
    }
    waves {
      wave {
        id
        cohortId
        offsetMonths
        opensOn
        remindOn
        closesOn
        status
      }
      invited
      answered
      declined
      pending
      ended
    }
  }
`);

const SurveysDocument = graphql(`
  query ConsoleSurveys {
    surveys {
      ...ConsoleSurvey
    }
  }
`);
const CreateSurveyDocument = graphql(`
  mutation ConsoleCreateSurvey($title: String!, $fieldCode: FieldCode, $questions: [SurveyQuestionInput!]!) {
    createSurvey(title: $title, fieldCode: $fieldCode, questions: $questions) {
      ...ConsoleSurvey
    }
  }
`);
const ScheduleSurveyDocument = graphql(`
  mutation ConsoleScheduleSurvey($input: SurveyScheduleInput!) {
    scheduleSurvey(input: $input) {
      ...ConsoleSurvey
    }
  }
`);

export type ConsoleSurvey = ConsoleSurveysQuery['surveys'][number];

/** Follow-up surveys in the caller's scope, with their waves and counts; creating and scheduling. */
export function useSurveys() {
  const { result, loading, error, refetch } = useQuery(SurveysDocument, null, { fetchPolicy: 'cache-and-network' });
  const surveys = computed(() => result.value?.surveys ?? []);
  const create = useMutation(CreateSurveyDocument);
  const schedule = useMutation(ScheduleSurveyDocument);
  return {
    surveys,
    loading,
    error,
    busy: computed(() => create.loading.value || schedule.loading.value),
    async create(title: string, fieldCode: FieldCode | null, questions: SurveyQuestionInput[]) {
      const r = await create.mutate({ title, fieldCode, questions });
      await refetch();
      return r?.data?.createSurvey ?? null;
    },
    async schedule(input: SurveyScheduleInput) {
      await schedule.mutate({ input });
      await refetch();
    },
  };
}
