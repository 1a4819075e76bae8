import { computed } from 'vue';
import { useMutation, useQuery } from '@vue/apollo-composable';
import { graphql } from '../gql';
import type { MySurveysQuery } from '../gql/graphql';

const MySurveysDocument = graphql(`
  query MySurveys {
    mySurveys {
      id
      title
      closesOn
      invitation {
        id
        answers
      }
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
    }
  }
`);

const SaveDraftDocument = graphql(`
  mutation SaveSurveyDraft($id: ID!, $answers: String!) {
    saveSurveyDraft(id: $id, answers: $answers) {
      id
      invitation {
        id
        answers
      }
    }
  }
`);
const SubmitDocument = graphql(`
  mutation SubmitSurveyAnswers($id: ID!, $answers: String!) {
    submitSurveyAnswers(id: $id, answers: $answers)
  }
`);
const DeclineDocument = graphql(`
  mutation DeclineSurvey($id: ID!) {
    declineSurvey(id: $id)
  }
`);

export type MySurvey = MySurveysQuery['mySurveys'][number];

/** Surveys waiting for my answer; a draft, the answers once, or a decline. */
export function useSurveys() {
  const { result, loading, error, refetch } = useQuery(MySurveysDocument, null, { fetchPolicy: 'cache-and-network' });
  const surveys = computed(() => result.value?.mySurveys ?? []);
  const draft = useMutation(SaveDraftDocument);
  const submit = useMutation(SubmitDocument);
  const decline = useMutation(DeclineDocument);
  return {
    surveys,
    loading,
    error,
    busy: computed(() => draft.loading.value || submit.loading.value || decline.loading.value),
    saveDraft: (id: string, answers: Record<string, unknown>) => draft.mutate({ id, answers: JSON.stringify(answers) }),
    async submit(id: string, answers: Record<string, unknown>) {
      await submit.mutate({ id, answers: JSON.stringify(answers) });
      await refetch();
    },
    async decline(id: string) {
      await decline.mutate({ id });
      await refetch();
    },
  };
}
