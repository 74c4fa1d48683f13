import type { RequiredDataFromCollectionSlug } from 'payload';

/**
 * Account data for tests, by the role someone has: a platform role (`admin`, or
 * `platform-editor` for national content), or a role in one council.
 */
export type TestRole = 'admin' | 'platform-editor' | 'staff' | 'reviewer' | 'young-editor';

/** What a user's role is made of, as Payload's `users` collection takes it. */
export type AccountData = Pick<RequiredDataFromCollectionSlug<'users'>, 'platformRole' | 'councils'>;

/** A council's settings, as Payload's `authorities` collection takes them. */
export type CouncilData = RequiredDataFromCollectionSlug<'authorities'>;

export function accountData(role: TestRole, council: number | null): AccountData {
  if (role === 'admin') return { platformRole: 'admin' };
  if (role === 'platform-editor') return { platformRole: 'editor' };
  if (council === null) throw new Error(`A ${role} needs a council.`);
  return { councils: [{ council, role }] };
}

/** A council's settings, as a test creates them. */
export function councilData(n: number | string, extra: Partial<CouncilData> = {}): CouncilData {
  return {
    name: `Council ${n}`,
    onsCode: `DEMO${n}`,
    serviceName: 'Leaving care',
    phone: '020 7946 0000',
    email: 'team@demo.example',
    address: '1 Street',
    openingHours: '9 to 5',
    emergency: { label: 'Out of hours', phone: '020 7946 0999', hours: 'Nights' },
    complaints: { phone: '020 7946 0150', email: 'complaints@demo.example', formUrl: 'https://demo.example/complain' },
    ...extra,
  };
}
