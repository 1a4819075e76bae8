import { computed } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { graphql } from '../gql';

// The section that runs the college, as configured on the server (SITE_CONTACT_*): the footer and
// the accessibility statement name it.
const SiteContactDocument = graphql(`
  query SiteContact {
    siteContact {
      section
      phone
      email
      hours
    }
  }
`);

export function useSiteContact() {
  const { result, error } = useQuery(SiteContactDocument);
  const contact = computed(() => result.value?.siteContact ?? null);
  return { contact, error };
}

/** A phone number as a tel: link target (digits and + only). */
export const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;
