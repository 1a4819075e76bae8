import { computed } from 'vue';
import { useApolloClient, useMutation, useQuery } from '@vue/apollo-composable';
import { graphql } from '../gql';
import { activeQueries } from '../lib/refetch';

const RunSelectionDocument = graphql(`
  mutation RunSelection($cohortId: ID!) {
    runSelection(cohortId: $cohortId) {
      ...CohortStatusChange
    }
  }
`);

const FreezeLotteryDocument = graphql(`
  mutation FreezeLottery($cohortId: ID!) {
    freezeLottery(cohortId: $cohortId) {
      ...LotteryFields
    }
  }
`);

const DrawLotteryDocument = graphql(`
  mutation DrawLottery($cohortId: ID!, $seed: String!) {
    drawLottery(cohortId: $cohortId, seed: $seed) {
      ...LotteryFields
    }
  }
`);

const AnnounceCohortDocument = graphql(`
  mutation AnnounceCohort($cohortId: ID!) {
    announceCohort(cohortId: $cohortId) {
      ...CohortStatusChange
    }
  }
`);

const ProcessOfferDeadlinesDocument = graphql(`
  mutation ProcessOfferDeadlines($cohortId: ID!) {
    processOfferDeadlines(cohortId: $cohortId) {
      ...CohortStatusChange
    }
  }
`);

const LotteryTranscriptDocument = graphql(`
  query LotteryTranscript($cohortId: ID!) {
    lotteryTranscript(cohortId: $cohortId)
  }
`);

/**
 * Selection steps of one cohort. Each step changes the cohort, its lottery and its
 * applications at once, so all three are re-read afterwards.
 */
export function useSelection() {
  const { resolveClient } = useApolloClient();
  const opts = {
    throws: 'always' as const,
    refetchQueries: () => activeQueries('AdminCohortDetail', 'CohortApplications', 'CohortRoster'),
  };
  // Steps that answer with the cohort update its status in the cache at once; the lottery
  // steps answer with the lottery alone, so they wait until the cohort has been re-read.
  const lotteryOpts = { ...opts, awaitRefetchQueries: true };
  const run = useMutation(RunSelectionDocument, opts);
  const freeze = useMutation(FreezeLotteryDocument, lotteryOpts);
  const draw = useMutation(DrawLotteryDocument, lotteryOpts);
  const announce = useMutation(AnnounceCohortDocument, opts);
  const deadlines = useMutation(ProcessOfferDeadlinesDocument, opts);

  return {
    runSelection: (cohortId: string) => run.mutate({ cohortId }),
    freezeLottery: (cohortId: string) => freeze.mutate({ cohortId }),
    drawLottery: (cohortId: string, seed: string) => draw.mutate({ cohortId, seed }),
    announceCohort: (cohortId: string) => announce.mutate({ cohortId }),
    processOfferDeadlines: (cohortId: string) => deadlines.mutate({ cohortId }),
    /** The transcript JSON (null until drawn), read fresh for each download. */
    async lotteryTranscript(cohortId: string): Promise<string | null> {
      const res = await resolveClient().query({
        query: LotteryTranscriptDocument,
        variables: { cohortId },
        fetchPolicy: 'network-only',
      });
      return res.data?.lotteryTranscript ?? null;
    },
    running: run.loading,
    freezing: freeze.loading,
    drawing: draw.loading,
    announcing: announce.loading,
    processing: deadlines.loading,
  };
}

/** The drawn order as the transcript records it (see server/src/modules/intake/lottery.ts). */
export type LotteryOrderRow = {
  rank: number;
  code: string;
  result: 'ACCEPTED' | 'WAITLISTED' | 'NOT_SELECTED';
  /** 1-based place on the waitlist, for WAITLISTED. */
  waitlistPosition: number | null;
};

/** Parses the transcript JSON; an unreadable one gives no rows (the download still has it as it is). */
export function lotteryOrderOf(json: string | null | undefined): LotteryOrderRow[] {
  if (!json) return [];
  let t: { order?: unknown; accepted?: unknown; waitlisted?: unknown };
  try {
    t = JSON.parse(json) as typeof t;
  } catch {
    return [];
  }
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const accepted = new Set(strings(t.accepted));
  const waitlisted = strings(t.waitlisted);
  return strings(t.order).map((code, i) => {
    const w = waitlisted.indexOf(code);
    return {
      rank: i + 1,
      code,
      result: accepted.has(code) ? 'ACCEPTED' : w >= 0 ? 'WAITLISTED' : 'NOT_SELECTED',
      waitlistPosition: w >= 0 ? w + 1 : null,
    };
  });
}

/** The transcript of a drawn lottery, read once per draw (drawnAt changes the variables' key). */
export function useLotteryTranscript(cohortId: () => string, drawnAt: () => string) {
  const { result, loading, error } = useQuery(
    LotteryTranscriptDocument,
    () => ({ cohortId: cohortId() }),
    () => ({ enabled: !!cohortId() && !!drawnAt(), fetchPolicy: 'network-only' }),
  );
  const transcript = computed(() => result.value?.lotteryTranscript ?? null);
  const order = computed(() => lotteryOrderOf(transcript.value));
  return { transcript, order, loading, error };
}
