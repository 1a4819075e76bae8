import { computed, type Ref } from 'vue';
import { useApolloClient, useMutation, useQuery } from '@vue/apollo-composable';
import { graphql } from '../gql';
import type { MyCertificatesQuery, VerifyCertificateQuery } from '../gql/graphql';

// Completion certificates (修了証): the public verify page (reached by the QR code printed on the
// certificate) and the member's own list with the PDF download. The verify page asks for nothing
// personal: status, course, field, period and dates only; the name is checked on the server.

const VerifyCertificateDocument = graphql(`
  query VerifyCertificate($number: String!, $check: String!) {
    verifyCertificate(number: $number, check: $check) {
      status
      number
      courseTitle
      fieldCode
      startsOn
      endsOn
      completedOn
      issuedOn
      revokedOn
    }
    fields {
      ...FieldName
    }
  }
`);

const CheckCertificateNameDocument = graphql(`
  mutation CheckCertificateName($input: CertificateNameCheckInput!) {
    checkCertificateName(input: $input)
  }
`);

const MyCertificatesDocument = graphql(`
  query MyCertificates {
    myCertificates {
      id
      number
      courseTitle
      fieldCode
      startsOn
      endsOn
      completedOn
      issuedAt
      revokedAt
    }
    fields {
      ...FieldName
    }
  }
`);

const MyCertificatePdfDocument = graphql(`
  query MyCertificatePdf($certificateId: ID!) {
    myCertificatePdf(certificateId: $certificateId) {
      fileName
      contentType
      base64
    }
  }
`);

/** The public verification of a number and its check code; null when they do not match. Always fresh (a revocation shows at once). */
export function useVerifyCertificate(number: Ref<string>, check: Ref<string>) {
  const { result, loading, error } = useQuery(
    VerifyCertificateDocument,
    () => ({ number: number.value, check: check.value }),
    () => ({ fetchPolicy: 'network-only', enabled: !!number.value && !!check.value }),
  );
  const verification = computed(() => result.value?.verifyCertificate ?? null);
  const fields = computed(() => result.value?.fields ?? []);
  return { verification, fields, loading, error, result };
}

/** Whether a typed name is the one printed on the certificate: the server answers MATCH or NO_MATCH only. */
export function useCheckCertificateName() {
  const { mutate, loading } = useMutation(CheckCertificateNameDocument, { throws: 'always' });
  async function checkName(number: string, check: string, name: string): Promise<boolean> {
    const res = await mutate({ input: { number, check, name } });
    return res?.data?.checkCertificateName === 'MATCH';
  }
  return { checkName, loading };
}

/** My certificates, newest first; fresh from the server (issues and revocations happen in the console). */
export function useMyCertificates() {
  const { result, loading, error } = useQuery(MyCertificatesDocument, null, { fetchPolicy: 'network-only' });
  const certificates = computed(() => result.value?.myCertificates ?? []);
  const fields = computed(() => result.value?.fields ?? []);
  return { certificates, fields, loading, error };
}

/** Fetches one of my certificates as a PDF; never cached (the file is large and personal). */
export function useMyCertificatePdf() {
  const { resolveClient } = useApolloClient();
  async function fetchPdf(certificateId: string): Promise<{ blob: Blob; fileName: string }> {
    const res = await resolveClient().query({
      query: MyCertificatePdfDocument,
      variables: { certificateId },
      fetchPolicy: 'no-cache',
    });
    const file = res.data.myCertificatePdf;
    const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
    return { blob: new Blob([bytes], { type: file.contentType || 'application/pdf' }), fileName: file.fileName };
  }
  return { fetchPdf };
}

/** Saves a Blob as a file: a link clicked from the handler (no inline script, so the CSP stays strict). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export type CertificateVerificationView = NonNullable<VerifyCertificateQuery['verifyCertificate']>;
export type MyCertificate = MyCertificatesQuery['myCertificates'][number];
