// Every method the requests' screens read with useApiQuery, with the topics that refetch it.
import type { Topic } from '../../../shared/contract';

export const requestsQueryReads = {
  'requests.settings.get': ['settings'],
  'requests.list': ['requests'],
  'requests.get': ['requests', 'inventory'],
  // The intake form's live check: the rules (settings) and the room's other bookings (requests).
  'requests.check': ['requests', 'settings'],
  'requests.agenda': ['requests'],
  'requests.publicAgenda': ['requests'],
} as const satisfies Readonly<Record<string, readonly Topic[]>>;
