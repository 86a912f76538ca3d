export type ProvisionedDatabase = { url: string; authToken?: string };

/** Creates (or finds again) the database of one tenant. Idempotent: onboarding can be re-run. */
export type Provisioner = {
  kind: 'local' | 'turso';
  provision(input: { slug: string }): Promise<ProvisionedDatabase>;
};
