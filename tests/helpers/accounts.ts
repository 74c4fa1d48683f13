/**
 * Account data for tests, by the role someone has: a platform role (`admin`, or
 * `platform-editor` for national content), or a role in one council.
 */
export type TestRole = 'admin' | 'platform-editor' | 'staff' | 'reviewer' | 'young-editor';

export function accountData(role: TestRole, council: number | string | null): Record<string, unknown> {
  if (role === 'admin') return { platformRole: 'admin' };
  if (role === 'platform-editor') return { platformRole: 'editor' };
  if (council === null) throw new Error(`A ${role} needs a council.`);
  return { councils: [{ council, role }] };
}

/** A council's settings, as a test creates them. */
export function councilData(n: number | string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: `Council ${n}`,
    onsCode: `DEMO${n}`,
    serviceName: 'Leaving care',
    phone: '020 7946 0000',
    email: 'team@demo.example',
    address: '1 Street',
    openingHours: '9 to 5',
    emergency: { label: 'Out of hours', phone: '020 7946 0999', hours: 'Nights' },
    ...extra,
  };
}
